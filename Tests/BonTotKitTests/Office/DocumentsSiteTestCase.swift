import Foundation
import XCTest

/// A test case whose every test runs in its own copy of the site the Word documents are
/// imported into (`OfficeFixtures.siteOfTheDocuments`), removed when the test ends.
class DocumentsSiteTestCase: XCTestCase {
    /// The site's folder.
    var root: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        root = try OfficeFixtures.siteOfTheDocuments()
    }

    override func tearDown() {
        if let root { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        super.tearDown()
    }
}
