import Foundation
import XCTest

/// Folders in the temporary directory that live as long as the test class that makes them: each
/// is removed when the class's tests have all run, passed or failed, so `swift test` leaves
/// nothing behind. (Not when the single test ends: a class may build a site once, in a static
/// property, for all its tests.)
enum TemporaryFolder {
    /// A new, empty folder `<tmp>/<prefix>-<uuid>`, removed once the running test class is done.
    static func make(_ prefix: String = "bontot-tests") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        TemporaryFolderSweeper.shared.register(folder)
        return folder
    }
}

/// Removes the registered folders when a suite of tests (a test class) ends, and, as a last
/// resort, when the test bundle ends. It observes the tests from the first folder made on.
final class TemporaryFolderSweeper: NSObject, XCTestObservation, @unchecked Sendable {
    static let shared: TemporaryFolderSweeper = {
        let sweeper = TemporaryFolderSweeper()
        XCTestObservationCenter.shared.addTestObserver(sweeper)
        return sweeper
    }()

    private let lock = NSLock()
    private var folders: [URL] = []

    func register(_ folder: URL) {
        lock.withLock { folders.append(folder) }
    }

    /// Every folder registered so far, removed; file permissions a test took away are given
    /// back first, so a read-only folder goes too.
    func sweep() {
        let swept = lock.withLock {
            defer { folders = [] }
            return folders
        }
        for folder in swept {
            if let paths = FileManager.default.enumerator(atPath: folder.path) {
                for case let path as String in paths {
                    try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appending(path: path).path)
                }
            }
            try? FileManager.default.removeItem(at: folder)
        }
    }

    func testSuiteDidFinish(_ testSuite: XCTestSuite) {
        sweep()
    }

    func testBundleDidFinish(_ testBundle: Bundle) {
        sweep()
    }
}
