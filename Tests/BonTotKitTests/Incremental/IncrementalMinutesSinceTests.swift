@testable import BonTotKit
import Foundation
import XCTest

/// `minutes_since` added to `site.yaml` or to a branch's file: the pages counting missed months
/// (the grid, the month pages, the profiles, the bulletins) are made again, and the incremental
/// build equals a clean one, byte for byte. The fixture's minutes cover August and September
/// 2024; Chi bộ ấp Eo Gió sends none.
final class IncrementalMinutesSinceTests: XCTestCase {
    private let august = "sinh-hoat/2024/08/index.html"

    func testTheSitesMonthAddedRendersEveryPage() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.write("site.yaml", try site.read("site.yaml") + "minutes_since: 2024-09\n")
        }, renders: .all)
        XCTAssertEqual(outcome.before.text(august)?.contains("chi bộ chưa sinh hoạt thường kỳ trong tháng:"), true)
        XCTAssertEqual(outcome.after.text(august)?.contains("Tháng này chưa tính nền nếp sinh hoạt"), true)
        XCTAssertTrue(outcome.after.changed(since: outcome.before).contains("sinh-hoat/index.html"))
    }

    func testABranchsOwnMonthAddedRendersThePagesThatNamedItMissing() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            let file = "content/branches/eo-gio.yaml"
            try site.write(file, try site.read(file) + "minutes_since: 2024-09\n")
        })
        XCTAssertEqual(outcome.before.text(august)?.contains("Eo Gió"), true, "before, Eo Gió missed August")
        XCTAssertEqual(outcome.after.text(august)?.contains("Eo Gió"), false)
        let changed = Set(outcome.after.changed(since: outcome.before))
        for page in [august, "sinh-hoat/index.html", "chi-bo/eo-gio/index.html", "ban-tin/2024-08/index.html"] {
            XCTAssertTrue(changed.contains(page), "\(page) was not made again")
        }
    }

    /// The branch's file, unchanged since a build, is read from the decode cache by the next:
    /// its month must come back from it, or the pages made again for another edit would mark
    /// it missing August.
    func testABranchsMonthReadFromTheCacheStillCounts() throws {
        let site = try IncrementalSite.make(for: self)
        let file = "content/branches/eo-gio.yaml"
        try site.write(file, try site.read(file) + "minutes_since: 2024-09\n")
        // Long enough for the file's stamp to be settled (`FileStamp.settling`) at the first
        // build, so that the second takes the branch from the cache.
        Thread.sleep(forTimeInterval: Double(BonTotKit.FileStamp.settling) + 1.2)
        XCTAssertTrue(site.build().succeeded)
        try site.replace("name: Chi bộ ấp Bình Minh\n", with: "name: Chi bộ ấp Rạng Đông\n", in: "content/branches/binh-minh.yaml")
        XCTAssertTrue(site.build().succeeded)
        let text = try String(contentsOf: site.output.appending(path: august), encoding: .utf8)
        XCTAssertTrue(text.contains("Rạng Đông"), "the month page was made again")
        XCTAssertFalse(text.contains("Eo Gió"), "Eo Gió's minutes_since was lost in the cache")
    }
}
