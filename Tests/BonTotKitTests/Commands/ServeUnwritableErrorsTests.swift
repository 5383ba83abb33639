import Foundation
import XCTest

/// `bontot serve` whose error output cannot be written (a closed terminal, a full disk: here
/// /dev/full): it stops with status 1 as it would have said, rather than crash on the write.
/// Both its errors crashed (a fatal error in Foundation's `write(_:)`).
final class ServeUnwritableErrorsTests: ServeTestCase {
    func testAnErrorThatCannotBeWrittenEndsWithStatusOne() throws {
        let site = try copy("portal")
        for arguments in [["serve", "--site", folder.path], ["serve", "--site", site.path, "--port", "70000"]] {
            let process = Process()
            process.executableURL = try BontotProcess.executable()
            process.arguments = arguments
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, "\(arguments)")
            XCTAssertEqual(process.terminationStatus, 1, "\(arguments)")
        }
    }
}
