import Foundation
import XCTest

/// `bontot serve` whose error output cannot be written (a closed terminal, a full disk: here
/// /dev/full): it stops with status 1 as it would have said, rather than crash on the write.
/// Both its errors crashed (a fatal error in Foundation's `write(_:)`).
final class ServeUnwritableErrorsTests: ServeTestCase {
    func testAnErrorThatCannotBeWrittenEndsWithStatusOne() throws {
        let site = try copy("portal")
        for arguments in [["serve", "--site", folder.path], ["serve", "--site", site.path, "--port", "70000"]] {
            let ended = try UnwritableErrorsTests.run(arguments)
            XCTAssertEqual(ended.reason, .exit, "\(arguments)")
            XCTAssertEqual(ended.status, 1, "\(arguments)")
        }
    }
}
