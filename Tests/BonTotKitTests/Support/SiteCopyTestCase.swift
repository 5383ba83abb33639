import Foundation
import XCTest

/// A test that works on copies of fixture sites (`ValidationSite.make`, `BuiltSite.build`), each
/// in a temporary folder of its own: the copies it keeps are removed after each test.
class SiteCopyTestCase: XCTestCase {
    private var copies: [URL] = []

    /// Keeps the copy of a site whose root is `root` to be removed after the test; gives `root`.
    @discardableResult
    func keep(_ root: URL) -> URL {
        copies.append(root)
        return root
    }

    override func tearDown() {
        for root in copies { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        copies = []
        super.tearDown()
    }
}
