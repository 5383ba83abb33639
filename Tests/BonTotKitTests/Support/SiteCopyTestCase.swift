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

    /// A copy of the fixture site `fixture` (`portal`, `district`) in a temporary folder of its
    /// own, removed after the test.
    func copyOfFixture(_ fixture: String) throws -> URL {
        let root = try TemporaryFolder.make("bontot-\(fixture)").appending(path: fixture)
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: fixture), to: root)
        return keep(root)
    }

    /// Adds `text` at the end of the file at `url`, as an editor saving a line more does.
    func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    override func tearDown() {
        for root in copies { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        copies = []
        super.tearDown()
    }
}
