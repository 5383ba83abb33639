import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `bontot build --month` tells whether it makes the output (and marks it as bontot's) only once
/// it holds the output's lock, as the output then is: not as it was before another build or the
/// office's own hands changed it while this one waited.
final class MonthBuildUnderLockTests: XCTestCase {
    /// The month's build waits for the lock (held here, as another build would); meanwhile the
    /// office puts its own file where the output goes. Told before the lock that it made the
    /// output, the month's build marked the folder as bontot's, and the next whole build replaced
    /// it, the office's file with it; it is now still refused.
    func testAFolderFilledWhileTheMonthWaitedIsNotMarkedAsBontots() throws {
        let site = try IncrementalSite.make(for: self)
        let parent = open(site.root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        XCTAssertGreaterThanOrEqual(parent, 0)
        XCTAssertEqual(flock(parent, LOCK_EX | LOCK_NB), 0, "the test holds the output's lock")
        let office = site.output.appending(path: "cong-van.docx")

        var options = BuildOptions(siteRoot: site.root, month: YearMonth(year: 2024, month: 12))
        let waited = Flag()
        options.waiting = { _ in
            // Called on the build's thread before it waits: the folder is filled, then let go.
            try? FileManager.default.createDirectory(at: office.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? "văn bản của văn phòng".write(to: office, atomically: true, encoding: .utf8)
            close(parent)
            waited.set()
        }
        let month = SiteBuilder.build(options)
        guard waited.isSet else {
            close(parent)
            return XCTFail("the month's build did not wait for the lock: \(month.problems)")
        }
        XCTAssertTrue(month.succeeded, month.problems)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appending(path: ".bontot-output").path),
                       "the office's folder is not marked as bontot's")

        let whole = site.build()
        XCTAssertFalse(whole.succeeded, "a whole build replaced a folder holding the office's file")
        XCTAssertTrue(whole.problems.contains("không do bontot tạo ra"), whole.problems)
        XCTAssertEqual(try String(contentsOf: office, encoding: .utf8), "văn bản của văn phòng")
    }
}

/// A flag set from another closure, read once the build is over.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
