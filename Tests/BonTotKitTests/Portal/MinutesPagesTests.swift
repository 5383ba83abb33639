import BonTotKit
import Foundation
import XCTest

/// The minutes section on the portal fixture: one page per meeting, the month pages and the
/// compliance grid of `/sinh-hoat/`.
final class MinutesPagesTests: XCTestCase {
    func testAMinutesPageShowsEveryFieldInReadableVietnamese() throws {
        let built = try BuiltSite.build()
        let page = built.page("sinh-hoat/ap-bac-2024-09/index.html")
        for expected in [
            "<h1>Biên bản sinh hoạt thường kỳ ngày 05/09/2024 — Chi bộ ấp Ấp Bắc</h1>",
            "<dt>Loại sinh hoạt</dt><dd>Sinh hoạt thường kỳ</dd>",
            "<dt>Hình thức</dt><dd>Trực tiếp</dd>",
            "ngày 05 tháng 9 năm 2024",
            "19:30 – 21:15 (1 giờ 45 phút)",
            "<dt>Chủ đề, nội dung</dt><dd>Cải tạo điểm đen rác thải ngõ 15</dd>",
            "<dt>Chủ trì</dt><dd>Đặng Văn Bình</dd>",
            "<dt>Thư ký</dt><dd>Lê Thị Hoa</dd>",
            "36/40 (90,0\u{00A0}%); vắng có lý do 03, vắng không lý do 01",
            "<li>Lê Văn Tám — ốm</li>",
            "<li>Hoàng Văn Nam — không lý do</li>",
            "09 đảng viên phát biểu",
            "<li>Nguyễn Thị Thanh Yên — Bí thư Đảng ủy xã</li>",
            "<li>Hoàn thành cải tạo điểm đen rác thải trước ngày 30/9</li>",
            "Nạo vét kênh nội đồng <span class=\"deadline\">(hạn 30/10/2024)</span>",
            "<strong>92 điểm</strong>",
            "<span class=\"badge band-tot\">Tốt</span>",
            "Chưa đạt buổi sinh hoạt chi bộ có chất lượng theo Hướng dẫn 12-HD/BTCTW",
            "<li>có 01 đảng viên vắng mặt không có lý do</li>",
            "<strong>giao nhiệm vụ</strong>",
            "href=\"../../chi-bo/ap-bac/index.html\">Chi bộ ấp Ấp Bắc</a>",
            "href=\"../../sinh-hoat/2024/09/index.html\"",
        ] {
            XCTAssertTrue(page.contains(expected), "minutes page lacks \(expected)")
        }
    }

    /// Every minutes page was headed "Biên bản sinh hoạt thường kỳ", the branch and the date
    /// only in the line under it: in a browser's tabs, a screen reader's list of headings, a
    /// search result or a printed pile, one meeting's record read as any other's. Each `<h1>`
    /// (one a page) now names the kind of meeting, its date and its branch, as the `<title>` does;
    /// a branch's committee meeting and its regular meeting of one day are told apart by their kind.
    func testEveryMinutesPageIsHeadedByItsOwnMeeting() throws {
        let built = try BuiltSite.build(changes: Self.committeeMeeting(of: "ap-bac"))
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let expected = [
            "ap-bac-2024-08": "Biên bản sinh hoạt chuyên đề ngày 06/08/2024 — Chi bộ ấp Ấp Bắc",
            "ap-bac-2024-09": "Biên bản sinh hoạt thường kỳ ngày 05/09/2024 — Chi bộ ấp Ấp Bắc",
            "ap-bac-2024-09-cap-uy": "Biên bản họp cấp ủy ngày 05/09/2024 — Chi bộ ấp Ấp Bắc",
            "binh-minh-2024-09": "Biên bản sinh hoạt thường kỳ ngày 10/09/2024 — Chi bộ ấp Bình Minh",
        ]
        for (slug, heading) in expected {
            let page = built.page("sinh-hoat/\(slug)/index.html")
            let headings = page.matches(of: #/<h1[^>]*>(.*?)</h1>/#).map { String($0.output.1) }
            XCTAssertEqual(headings, [heading], slug)
            let title = try XCTUnwrap(page.firstMatch(of: #/<title>([^<]*)</title>/#)?.output.1, slug)
            XCTAssertTrue(title.lowercased().hasPrefix(heading.dropFirst("Biên bản ".count).lowercased()), "the tab names the meeting as its heading does: \(title)")
        }
    }

    /// A committee meeting's attendance counts the committee's members, not the cell's.
    func testACommitteeMeetingsAttendanceIsOfCommitteeMembers() throws {
        let built = try BuiltSite.build(changes: Self.committeeMeeting(of: "dong-tam"))
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let committee = built.page("sinh-hoat/dong-tam-2024-09-cap-uy/index.html")
        XCTAssertTrue(committee.contains("<dt>Cấp ủy viên dự họp</dt><dd>5/5"), committee)
        XCTAssertFalse(committee.contains("Đảng viên dự họp"))
        XCTAssertTrue(built.page("sinh-hoat/ap-bac-2024-09/index.html").contains("<dt>Đảng viên dự họp</dt>"))
    }

    func testAQualityMeetingIsSaidToBeOne() throws {
        let built = try BuiltSite.build(changes: [
            "content/minutes/2024/dong-tam-2024-09.md": """
            ---
            branch: dong-tam
            date: 2024-09-12
            kind: thuong-ky
            start: "19:00"
            end: "21:00"
            attendance: { present: 24, expected: 25, excused: 1, unexcused: 0 }
            absent: [{ name: Trần Văn Ba, reason: đi công tác }]
            speakers: 6
            ---
            Sinh hoạt đủ nội dung.
            """,
        ])
        let page = built.page("sinh-hoat/dong-tam-2024-09/index.html")
        XCTAssertTrue(page.contains("Đạt buổi sinh hoạt chi bộ có chất lượng theo Hướng dẫn 12-HD/BTCTW."))
        XCTAssertTrue(page.contains("24/25 (96,0\u{00A0}%)"))
        XCTAssertTrue(page.contains("19:00 – 21:00 (2 giờ)"))
        XCTAssertFalse(page.contains("Điểm chất lượng"), "no score, no band")
        XCTAssertFalse(page.contains("<dt>Chủ trì</dt>"), "fields the minutes leave out are not shown")
    }

    func testTheGridMarksMonthsWithoutARegularMeeting() throws {
        let built = try BuiltSite.build()
        let index = built.page("sinh-hoat/index.html")
        let apBac = try XCTUnwrap(Self.row(of: "ap-bac", in: index))
        let apBacCells = Self.cells(in: apBac)
        XCTAssertEqual(apBacCells.map(\.text), ["✗ CĐ", "✓", "✓"], "August: thematic only; September: regular; Q3: thematic held")
        XCTAssertEqual(apBacCells.map(\.cssClass), ["cell-missed cell-thematic", "cell-met", "cell-met cell-quarter"])
        let binhMinh = try XCTUnwrap(Self.row(of: "binh-minh", in: index))
        XCTAssertEqual(Self.cells(in: binhMinh).map(\.cssClass), ["cell-missed", "cell-met", "cell-pending cell-quarter"],
                       "no minutes in August, none thematic yet in Q3, which the data do not cover whole")
        XCTAssertTrue(binhMinh.contains("<td class=\"num\">1/2</td>"))
        XCTAssertTrue(binhMinh.contains("<td class=\"num\">0/0</td>"),
                      "a quarter still running without its thematic meeting is not yet counted against the branch: \(binhMinh)")
        XCTAssertTrue(apBac.contains("<td class=\"num\">1/1</td>"), "one held in the running quarter counts: \(apBac)")
        XCTAssertTrue(index.contains("<th scope=\"col\"><abbr title=\"tháng 8 năm 2024\" aria-hidden=\"true\">T8</abbr>"
                                     + "<span class=\"visually-hidden\">tháng 8 năm 2024</span></th>"))
        XCTAssertTrue(index.contains("<td class=\"num\" title=\"tháng 9 năm 2024\">2/5</td>"), "totals row")
        XCTAssertTrue(index.contains("02/10 lượt chi bộ sinh hoạt thường kỳ hằng tháng (20,0\u{00A0}%)"))
        XCTAssertTrue(index.contains("<dl class=\"minutes-legend\">"))
        XCTAssertTrue(index.contains("<a href=\"../sinh-hoat/2024/08/index.html\">Tháng 8 năm 2024</a> — 01 biên bản"))
        XCTAssertTrue(index.contains("<a href=\"../sinh-hoat/2024/09/index.html\">Tháng 9 năm 2024</a> — 02 biên bản"))
    }

    func testAMonthPageListsItsMeetingsAndWhoDidNotMeet() throws {
        let built = try BuiltSite.build()
        let september = built.page("sinh-hoat/2024/09/index.html")
        XCTAssertTrue(september.contains("<h1>Sinh hoạt chi bộ tháng 9 năm 2024</h1>"))
        XCTAssertTrue(september.contains("<td class=\"num\">36/40 (90,0\u{00A0}%)</td>"))
        XCTAssertTrue(september.contains("<td class=\"num\">25/31 (80,6\u{00A0}%)</td>"))
        XCTAssertTrue(september.contains("<td>Kết hợp trực tiếp và trực tuyến</td>"))
        XCTAssertTrue(september.contains("<td>Tốt (92 điểm)</td>"))
        XCTAssertTrue(september.contains("Tỷ lệ đảng viên dự họp bình quân: 85,9\u{00A0}%."))
        XCTAssertTrue(september.contains("href=\"../../../sinh-hoat/ap-bac-2024-09/index.html\">Cải tạo điểm đen rác thải ngõ 15"
                                         + "<span class=\"visually-hidden\"> — Chi bộ ấp Ấp Bắc</span></a>"))
        let missing = try XCTUnwrap(september.components(separatedBy: "<h2>Chi bộ chưa sinh hoạt thường kỳ</h2>").last)
        XCTAssertTrue(missing.contains("03/05 chi bộ chưa sinh hoạt thường kỳ trong tháng:"))
        for name in ["Chi bộ ấp Đồng Tâm", "Chi bộ ấp Eo Gió", "Chi bộ Trường THCS Hòa Thuận"] {
            XCTAssertTrue(missing.contains(name), "\(name) did not meet in September")
        }
        XCTAssertFalse(missing.contains("Chi bộ ấp Ấp Bắc"))

        let august = built.page("sinh-hoat/2024/08/index.html")
        XCTAssertTrue(august.contains("Chi bộ ấp Ấp Bắc</a> (chỉ sinh hoạt chuyên đề)"))
        XCTAssertTrue(august.contains(">Chi bộ ấp Bình Minh</a></li>"))
        XCTAssertTrue(august.contains("rel=\"next\">Tháng 9 năm 2024 ›</a>"))
    }

    /// The minutes of a committee meeting of `branch` on 5 September 2024 (`<branch>-2024-09-cap-uy`),
    /// as a change to the portal fixture.
    static func committeeMeeting(of branch: String) -> [String: String?] {
        ["content/minutes/2024/\(branch)-2024-09-cap-uy.md": """
            ---
            branch: \(branch)
            date: 2024-09-05
            kind: cap-uy
            attendance: { present: 5, expected: 5, excused: 0, unexcused: 0 }
            ---
            Cấp ủy họp chuẩn bị nội dung sinh hoạt tháng 9.
            """]
    }

    /// The `<tr>` of a branch in the grid.
    static func row(of branchID: String, in html: String) -> String? {
        guard let start = html.range(of: "<tr><th scope=\"row\"><a href=\"../chi-bo/\(branchID)/index.html\">") else { return nil }
        return html[start.lowerBound...].components(separatedBy: "</tr>").first
    }

    /// The month and quarter cells of a grid row, without the totals: the mark the eye sees.
    static func cells(in row: String) -> [(cssClass: String, text: String)] {
        row.matches(of: #/<td class="(cell-[^"]*)" title="[^"]*"><span aria-hidden="true">([^<]*)</span>/#)
            .map { (String($0.output.1), String($0.output.2)) }
    }
}
