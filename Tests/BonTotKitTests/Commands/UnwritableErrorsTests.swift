import Foundation
import XCTest

/// The commands whose error output cannot be written (a closed terminal, a full disk: here
/// /dev/full) end with the status they would have ended with, rather than crash on the write
/// (a fatal error in Foundation's `FileHandle.write(_:)`, status 132).
final class UnwritableErrorsTests: XCTestCase {
    func testACommandsErrorThatCannotBeWrittenEndsWithItsStatus() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "bontot-unwritable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs: [[String]] = [
            ["check", "--site", folder.path],                                  // not a site: a diagnostic
            ["convert", folder.appending(path: "khong-co.md").path],          // no such file
            ["new", "story", "--site", folder.path, "--title", "Bài mới"],     // a refusal
            ["khong-co-lenh"],                                                 // an unknown command
        ]
        for arguments in runs {
            let ended = try Self.run(arguments)
            XCTAssertEqual(ended.reason, .exit, "\(arguments)")
            XCTAssertNotEqual(ended.status, 0, "\(arguments)")
        }
    }

    /// How `bontot arguments` ended with its error output going to /dev/full.
    static func run(_ arguments: [String]) throws -> (reason: Process.TerminationReason, status: Int32) {
        let process = Process()
        process.executableURL = try BontotProcess.executable()
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        try process.run()
        process.waitUntilExit()
        return (process.terminationReason, process.terminationStatus)
    }
}
