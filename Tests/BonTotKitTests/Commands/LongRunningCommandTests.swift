@testable import bontot
import XCTest

/// Which commands keep the C allocator's defaults: only the preview server, which runs until it
/// is stopped; every other command, the default one included, runs once and exits.
final class LongRunningCommandTests: XCTestCase {
    func testOnlyThePreviewServerRunsForLong() throws {
        XCTAssertTrue(try BonTot.parseAsRoot(["serve"]) is LongRunningCommand)
        XCTAssertTrue(try BonTot.parseAsRoot(["serve", "--port", "8081", "--open"]) is LongRunningCommand)
        for arguments in [[], ["build"], ["--site", "trang"], ["check"], ["new", "minutes", "--branch", "kdc-so-1"]] {
            XCTAssertFalse(try BonTot.parseAsRoot(arguments) is LongRunningCommand, "\(arguments)")
        }
    }
}
