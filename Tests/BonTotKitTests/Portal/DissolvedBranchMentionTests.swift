import BonTotKit
import Foundation
import XCTest

/// A branch dissolved or merged (`dissolved:`, `merged_into:`) wherever a reader meets it after
/// its end: its stories say what became of it under the title, as its minutes do; a row of a day
/// or a month after its end (a meeting dated after it, a resolution falling due after it, the
/// year of the minutes grid going on past it) marks its name "(đã sáp nhập vào Chi bộ …)" or
/// "(đã giải thể)"; its search entry says it first. Rows of the time it still existed are
/// history and stay as they were.
final class DissolvedBranchMentionTests: SiteCopyTestCase {
    private let apBacMark = "<span class=\"ended-mark\">(đã sáp nhập vào <a href=\"../../../chi-bo/ap-bac/index.html\">Chi bộ ấp Ấp Bắc</a>)</span>"

    func testAStoryOfAMergedBranchSaysUnderItsTitleIntoWhichBranch() throws {
        // hien-dat.md is Bình Minh's story of 15 August 2024.
        let site = try buildPortal(ending: "binh-minh", with: "dissolved: 2024-10-01\nmerged_into: ap-bac\n")
        let page = site.page("guong-dien-hinh/binh-minh-hien-dat/index.html")
        try assertMergerLineUnderTheTitle(of: page, above: "<div class=\"prose\">")
        XCTAssertFalse(page.contains("ended-mark"), "the line says it; the name is not marked again")
        XCTAssertFalse(site.page("guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html").contains("notice ended"), "none on another branch's story")
        // In the list of stories, a story of August 2024 is history.
        XCTAssertFalse(site.page("guong-dien-hinh/index.html").contains("ended-mark"))
    }

    func testAResolutionFallingDueAfterTheMergerMarksTheBranchInTheBulletin() throws {
        // Bình Minh's meeting of 10 September 2024 decided what falls due on 15 October.
        let site = try buildPortal(ending: "binh-minh", with: "dissolved: 2024-10-01\nmerged_into: ap-bac\n")
        let bulletin = site.page("ban-tin/2024-09/index.html")
        let due = try XCTUnwrap(bulletin.range(of: "<td class=\"num\">15/10/2024</td>"), bulletin)
        let row = bulletin[due.lowerBound...].prefix { $0 != "\n" }
        XCTAssertTrue(row.contains(">Chi bộ ấp Bình Minh</a> " + apBacMark.replacingOccurrences(of: "../../../", with: "../../")), String(row))
        // Its resolutions of September, and its meeting in the month's list, are of its own time.
        XCTAssertEqual(bulletin.components(separatedBy: "ended-mark").count, 2, "marked once: \(bulletin)")
        XCTAssertFalse(site.page("sinh-hoat/2024/09/index.html").contains("ended-mark"))
    }

    func testAMeetingDatedAfterTheMergerIsMarkedInTheMonthsList() throws {
        // Merged on 1 September: its minutes of 10 September are dated after (a warning), and listed.
        let site = try buildPortal(ending: "binh-minh", with: "dissolved: 2024-09-01\nmerged_into: ap-bac\n")
        let month = site.page("sinh-hoat/2024/09/index.html")
        XCTAssertTrue(month.contains(">Chi bộ ấp Bình Minh</a> " + apBacMark + "</th>"), month)
        XCTAssertFalse(site.page("sinh-hoat/2024/08/index.html").contains("ended-mark"), "August was its own")
        XCTAssertTrue(site.page("assets/style.css").contains(".ended-mark { color: var(--muted);"), "the mark reads quieter than the name")
    }

    func testTheGridOfAYearGoingOnPastTheBranchsEndMarksItsRow() throws {
        let site = try buildPortal(ending: "dong-tam", with: "dissolved: 2024-09-01\nmerged_into: ap-bac\n")
        let index = site.page("sinh-hoat/index.html")
        let mark = apBacMark.replacingOccurrences(of: "../../../", with: "../")
        XCTAssertTrue(index.contains("<tr><th scope=\"row\"><a href=\"../chi-bo/dong-tam/index.html\">Chi bộ ấp Đồng Tâm</a> \(mark)</th>"), index)
        XCTAssertEqual(index.components(separatedBy: "ended-mark").count, 2, "no other row is marked")
    }

    /// On a phone (375 px) the grid's row headers are set at .85rem: the mark, at .85em of them,
    /// was 11.6 px, the smallest text of the site, with a link to the branch merged into. It is
    /// now at least .8rem (12.8 px) on screen, still smaller than a wide screen's row header.
    func testTheMarkInThePhonesGridIsNoSmallerThanTheRestOfThePagesSmallText() throws {
        let site = try buildPortal(ending: "dong-tam", with: "dissolved: 2024-09-01\nmerged_into: ap-bac\n")
        let read = try PhoneWidthTests.probe(page: "sinh-hoat/index.html", selector: ".minutes-grid", width: 375, in: site, reading: """
            var mark = wrap.querySelector(".ended-mark");
            done(getComputedStyle(mark).fontSize + "," + getComputedStyle(mark.parentElement).fontSize);
            """)
        let sizes = read.split(separator: ",").compactMap { Double($0.replacingOccurrences(of: "px", with: "")) }
        XCTAssertEqual(sizes.count, 2, read)
        XCTAssertEqual(sizes.last ?? 0, 13.6, accuracy: 0.1, "the row header's size on a phone (\(read))")
        XCTAssertGreaterThanOrEqual(sizes.first ?? 0, 12.8, "the mark on a phone (\(read))")
    }

    func testARankingOfAPeriodGoingOnPastTheMergerMarksTheBranchsRow() throws {
        // Merged on 1 July 2024: ranked for 2024, which it lived half of; 2023 was all its own.
        let site = try buildPortal(ending: "dong-tam", with: "dissolved: 2024-07-01\nmerged_into: ap-bac\n")
        let mark = apBacMark.replacingOccurrences(of: "../../../", with: "../../")
        let ranking = site.page("xep-hang/2024/index.html")
        XCTAssertTrue(ranking.contains("<th scope=\"row\"><a href=\"../../chi-bo/dong-tam/index.html\">Chi bộ ấp Đồng Tâm</a> \(mark)</th>"), ranking)
        XCTAssertEqual(ranking.components(separatedBy: "ended-mark").count, 2, "no other row is marked")
        XCTAssertTrue(site.page("luu-tru/2024/index.html").contains(">Chi bộ ấp Đồng Tâm</a> \(mark)</th>"), "the year's archive too")
        XCTAssertFalse(site.page("xep-hang/2023/index.html").contains("ended-mark"))
        XCTAssertFalse(site.page("luu-tru/2023/index.html").contains("ended-mark"))
    }

    func testADissolvedBranchIsMarkedDissolvedWithoutALink() throws {
        let site = try buildPortal(ending: "binh-minh", with: "dissolved: 2024-09-01\n")
        XCTAssertTrue(site.page("sinh-hoat/2024/09/index.html").contains(
            ">Chi bộ ấp Bình Minh</a> <span class=\"ended-mark\">(đã giải thể)</span></th>"))
        XCTAssertTrue(site.page("guong-dien-hinh/binh-minh-hien-dat/index.html").contains(
            "<p class=\"notice ended\" role=\"note\">Chi bộ đã giải thể từ ngày 01 tháng 9 năm 2024.</p>"))
    }

    func testTheSearchEntryOfAMergedBranchSaysWhatBecameOfIt() throws {
        let site = try buildPortal(ending: "binh-minh", with: "dissolved: 2024-10-01\nmerged_into: ap-bac\n")
        let index = site.page("tim-kiem/chi-muc-ho-so.js")
        let entry = try XCTUnwrap(index.split(separator: "\n").first { $0.hasPrefix("[\"b\",\"Chi bộ ấp Bình Minh\"") }, index)
        XCTAssertTrue(entry.contains(",\"Chi bộ đã sáp nhập vào Chi bộ ấp Ấp Bắc từ ngày 01 tháng 10 năm 2024."), String(entry))
        XCTAssertFalse(index.split(separator: "\n").contains { $0.hasPrefix("[\"b\",\"Chi bộ ấp Ấp Bắc\"") && $0.contains("sáp nhập") })
    }

    /// On a rebuild the story's line follows the merger, and the new name of the branch it went into.
    func testAnIncrementalRebuildPutsTheLineOnTheStoryAndFollowsTheNewBranchsName() throws {
        try assertRebuildFollowsTheMergerAndTheNewName(of: "guong-dien-hinh/binh-minh-hien-dat/index.html")
    }
}
