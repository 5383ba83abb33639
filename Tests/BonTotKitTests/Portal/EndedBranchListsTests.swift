import BonTotKit
import Foundation
import XCTest

/// The places a merged or dissolved branch was still named without its mark
/// (`DissolvedBranchMentionTests` covers the others): the home page's latest meetings, the
/// yearly archive's "Chi bộ 4 tốt" list, awards and honour roll, the ranking chart, the list of
/// branches missing "Chi bộ 4 tốt" with why, and the ranking CSV, which says it in a last
/// column "Tình trạng" so that its other columns stay in place. A row of the time the branch
/// still existed stays unmarked.
final class EndedBranchListsTests: SiteCopyTestCase {
    /// The mark of a branch merged into `successor` (its name and folder), linked from a page
    /// `up` folders below the root ("../../").
    private func mark(into successor: String, folder: String, up: String) -> String {
        "<span class=\"ended-mark\">(đã sáp nhập vào <a href=\"\(up)chi-bo/\(folder)/index.html\">\(successor)</a>)</span>"
    }

    func testAMeetingOfTheHomePagesMonthDatedAfterTheMergerIsMarked() throws {
        // Merged on 1 September: its minutes of 10 September, in the home page's month, are dated after.
        let site = try buildPortal(ending: "binh-minh", with: "dissolved: 2024-09-01\nmerged_into: ap-bac\n")
        let meetings = PortalPageText.section(site.page("index.html"), id: "sinh-hoat")
        XCTAssertTrue(meetings.contains("<td>Chi bộ ấp Bình Minh " + mark(into: "Chi bộ ấp Ấp Bắc", folder: "ap-bac", up: "") + "</td>"), meetings)
        XCTAssertEqual(meetings.components(separatedBy: "ended-mark").count, 2, "Ấp Bắc's meeting is not marked: \(meetings)")
        // Its own profile lists the meeting without the branch's column, under its notice.
        XCTAssertFalse(PortalPageText.section(site.page("chi-bo/binh-minh/index.html"), id: "sinh-hoat").contains("ended-mark"))
    }

    func testAMeetingBeforeTheMergerStaysUnmarkedOnTheHomePage() throws {
        let site = try buildPortal(ending: "binh-minh", with: "dissolved: 2024-09-15\nmerged_into: ap-bac\n")
        let meetings = PortalPageText.section(site.page("index.html"), id: "sinh-hoat")
        XCTAssertTrue(meetings.contains("<td>Chi bộ ấp Bình Minh</td>"), meetings)
        XCTAssertFalse(meetings.contains("ended-mark"), meetings)
    }

    func testTheArchiveOfAYearGoingOnPastTheMergerMarksItsTitlesAwardsAndHonourRoll() throws {
        // Ấp Bắc merged into Eo Gió on 1 July 2024: "Chi bộ 4 tốt", a Giấy khen and two years
        // of excellence in 2024, which it lived half of.
        let site = try buildPortal(ending: "ap-bac", with: "dissolved: 2024-07-01\nmerged_into: eo-gio\n")
        let archive = site.page("luu-tru/2024/index.html")
        let name = "<a href=\"../../chi-bo/ap-bac/index.html\">Chi bộ ấp Ấp Bắc</a> "
        let marked = name + mark(into: "Chi bộ ấp Eo Gió", folder: "eo-gio", up: "../../")
        let fourGood = PortalPageText.section(archive, id: "bon-tot")
        XCTAssertTrue(fourGood.contains("<li>" + marked + "</li>"), fourGood)
        let awards = PortalPageText.section(archive, id: "khen-thuong")
        XCTAssertTrue(awards.contains("<li>" + marked + ": Giấy khen của Huyện ủy Giồng Riềng"), awards)
        let roll = PortalPageText.section(archive, id: "bang-vang")
        XCTAssertTrue(roll.contains("<li>" + marked + ": Hoàn thành xuất sắc nhiệm vụ 02 năm liền <span class=\"year-range\">(2023–2024)</span></li>"), roll)
        XCTAssertEqual(archive.components(separatedBy: "ended-mark").count, 5, "the table, the titles, the award, the roll")
        XCTAssertFalse(site.page("luu-tru/2023/index.html").contains("ended-mark"), "2023 was all its own")
    }

    func testTheRankingChartNamesWhatBecameOfTheBranch() throws {
        let site = try buildPortal(ending: "binh-minh", with: "dissolved: 2024-10-01\nmerged_into: ap-bac\n")
        let chart = try XCTUnwrap(site.page("xep-hang/2024/index.html").components(separatedBy: "class=\"chart-bars\"").dropFirst().first, "a chart")
        XCTAssertTrue(chart.contains("2. Chi bộ ấp Bình Minh (đã sáp nhập vào Chi bộ ấp Ấp Bắc): 90 điểm"), chart)
        XCTAssertTrue(chart.contains("(đã sáp nhập vào Chi bộ ấp"), "in the bar's label too: \(chart)")
        XCTAssertFalse(site.page("xep-hang/2023/index.html").contains("sáp nhập"))
    }

    func testTheListOfThoseMissingChiBo4TotMarksTheBranchAsItsRowIs() throws {
        // Eo Gió misses the title in 2024 (a member disciplined) and was merged into Ấp Bắc in October.
        let site = try buildPortal(ending: "eo-gio", with: "dissolved: 2024-10-01\nmerged_into: ap-bac\n")
        let page = site.page("xep-hang/2024/index.html")
        XCTAssertTrue(page.contains("<li><strong>Chi bộ ấp Eo Gió</strong> " + mark(into: "Chi bộ ấp Ấp Bắc", folder: "ap-bac", up: "../../")
                                    + ": có đảng viên bị kỷ luật trong kỳ.</li>"), page)
        XCTAssertEqual(page.components(separatedBy: "ended-mark").count, 3, "its row and its reasons")
        XCTAssertFalse(site.page("xep-hang/2023/index.html").contains("ended-mark"), "2023 was all its own")
    }

    func testTheRankingCSVSaysItInALastColumnAndKeepsTheOthersInPlace() throws {
        let before = try BuiltSite.build("portal")
        keep(before.root)
        let site = try buildPortal(ending: "binh-minh", with: "dissolved: 2024-10-01\nmerged_into: ap-bac\n")
        let old = before.page("xep-hang/2024/bang-xep-hang.csv").components(separatedBy: "\r\n")
        let new = site.page("xep-hang/2024/bang-xep-hang.csv").components(separatedBy: "\r\n")
        XCTAssertEqual(new.count, old.count)
        XCTAssertEqual(new[0], old[0] + ";Tình trạng")
        XCTAssertEqual(new[2], "2;2;Cụm thi đua số 1;Chi bộ ấp Bình Minh;27;26;18;17;2;0;90;Hoàn thành xuất sắc nhiệm vụ;Đạt;;Đã sáp nhập vào Chi bộ ấp Ấp Bắc")
        for (new, old) in zip(new, old) where !new.isEmpty && !new.contains("Bình Minh") && !new.hasPrefix("\u{FEFF}") {
            XCTAssertEqual(new, old + ";", "the other rows: an empty cell")
        }
        XCTAssertEqual(site.page("xep-hang/bang-xep-hang.csv"), site.page("xep-hang/2024/bang-xep-hang.csv"), "the latest one too")
        XCTAssertEqual(site.page("xep-hang/2023/bang-xep-hang.csv"), before.page("xep-hang/2023/bang-xep-hang.csv"),
                       "2023 was all its own: the file is as it was")
    }

    func testADissolvedBranchsCSVRowSaysDissolved() throws {
        let site = try buildPortal(ending: "binh-minh", with: "dissolved: 2024-10-01\n")
        let csv = site.page("xep-hang/2024/bang-xep-hang.csv")
        XCTAssertTrue(csv.contains("2;2;Cụm thi đua số 1;Chi bộ ấp Bình Minh;27;26;18;17;2;0;90;Hoàn thành xuất sắc nhiệm vụ;Đạt;;Đã giải thể\r\n"), csv)
    }
}
