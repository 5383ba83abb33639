import Foundation
import XCTest

/// A test of `bontot serve`: a scratch folder of its own, removed when the test ends, the server
/// it started, stopped then, and a site copied into the folder and served on a free port.
class ServeTestCase: XCTestCase {
    var folder: URL!
    var server: Process?

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "bontot-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let server, server.isRunning {
            server.terminate()
            server.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// A copy of the fixture site `fixture` (`portal`, `district`) in the test's folder.
    func copy(_ fixture: String) throws -> URL {
        let root = folder.appending(path: fixture)
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: fixture), to: root)
        return root
    }

    /// Starts `bontot serve` on `root` at a free port, its output in the folder's `serve.log`:
    /// the address of its home and the log. The server is stopped when the test ends.
    func serve(_ root: URL) throws -> (base: String, log: URL) {
        let port = try ServeCommandTests.freePort()
        let log = folder.appending(path: "serve.log")
        server = try ServeCommandTests.start(["serve", "--site", root.path, "--port", "\(port)"], log: log)
        return ("http://127.0.0.1:\(port)/", log)
    }
}
