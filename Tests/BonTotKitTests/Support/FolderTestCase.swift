import Foundation
import XCTest

/// A test with a folder of its own: made empty before each test, removed after it with all the
/// test wrote there.
class FolderTestCase: XCTestCase {
    /// The test's folder, under the system's temporary folder.
    var folder: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = FileManager.default.temporaryDirectory.appending(path: "bontot-\(type(of: self))-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
        try super.tearDownWithError()
    }
}
