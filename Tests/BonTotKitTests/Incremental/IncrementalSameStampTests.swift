import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import BonTotKit

/// A score file edited to other bytes of the same size that keep the old modification time (a
/// restore from a backup, `cp -p`, `touch -r`): its change time still moves, and the incremental
/// build reads it again like a clean build. And a stamp taken within two seconds of a change is
/// not trusted, for file systems that keep times to 2 s (FAT and exFAT USB sticks).
final class IncrementalSameStampTests: XCTestCase {
    func testAScoreEditedWithItsSizeAndTimeKeptIsReadAgain() throws {
        let path = "content/evaluations/2023.yaml"
        let outcome = try assertIncrementalEqualsClean(prepare: { _ in
            // Long enough for the first build's stamps to be settled (`FileStamp.settling`), so
            // that only the change time tells the edit apart.
            Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        }, edit: { site in
            let url = site.url(path)
            var old = stat()
            XCTAssertEqual(stat(url.path, &old), 0)
            let text = try String(contentsOf: url, encoding: .utf8)
            let edited = text.replacingOccurrences(of: "sinh-hoat: 28, doan-ket-ky-luat: 19", with: "sinh-hoat: 21, doan-ket-ky-luat: 19")
            XCTAssertNotEqual(edited, text)
            XCTAssertEqual(edited.utf8.count, text.utf8.count)
            try Data(edited.utf8).write(to: url)
            var times = [old.st_atim, old.st_mtim]
            XCTAssertEqual(utimensat(AT_FDCWD, url.path, &times, 0), 0, "the old time is put back, to the nanosecond")
        })
        XCTAssertGreaterThan(outcome.report.rendered, 0, "the edit changed the ranking")
    }

    func testAStampIsTrustedOnlyTwoSecondsAfterTheFileChanged() {
        var stamp = BonTotKit.FileStamp(stat())
        stamp.seconds = 1_000
        stamp.changeSeconds = 1_000
        XCTAssertEqual([1_000, 1_001, 1_002, 1_003].map(stamp.isSettled(at:)), [false, false, false, true])
        stamp.changeSeconds = 1_005
        XCTAssertFalse(stamp.isSettled(at: 1_006), "the later of the two times counts")
        XCTAssertTrue(stamp.isSettled(at: 1_008))
    }
}
