import BonTotKit
import Foundation
import XCTest

/// The monthly bulletin on the portal fixture: the masthead of a Party document, every section in
/// print order with its figures, and the list of bulletins.
final class BulletinPageTests: XCTestCase {
    func testTheSeptemberBulletinHoldsEverySectionInOrder() throws {
        let built = try BuiltSite.build()
        let page = built.page("ban-tin/2024-09/index.html")
        let order = [
            "<p class=\"masthead-parent\">ĐẢNG BỘ HUYỆN GIỒNG RIỀNG</p>",
            "<p class=\"masthead-body\">ĐẢNG ỦY XÃ HÒA THUẬN</p>",
            "<p class=\"masthead-star\" aria-hidden=\"true\">*</p>",
            "<p class=\"masthead-number\">Số 09-BT/ĐU</p>",
            "<p class=\"masthead-party\"><span>ĐẢNG CỘNG SẢN VIỆT NAM</span></p>",
            "<time datetime=\"2024-09-30\">Hòa Thuận, ngày 30 tháng 9 năm 2024</time>",
            "<span class=\"bulletin-type\">BẢN TIN</span> <span class=\"bulletin-month\">Tháng 9 năm 2024</span>",
            "<h2 id=\"loi-toa-soan\">Chung sức vượt lũ, giữ vững nền nếp sinh hoạt</h2>",
            "các chi bộ vừa lãnh đạo phòng chống lũ vừa duy trì sinh hoạt.",
            "<h2 id=\"con-so\">Tháng 9 năm 2024 qua những con số</h2>",
            "<h2 id=\"guong-dien-hinh\">Gương điển hình trong tháng</h2>",
            "Bí thư 8X xông pha trong lũ</a></h3>",
            "Đêm nước lên, anh Bình cùng tổ xung kích đưa 37 hộ đến nơi an toàn.",
            "<h2 id=\"nghi-quyet\">Nghị quyết các chi bộ thông qua trong tháng</h2>",
            "<h2 id=\"den-han\">Việc đến hạn trong tháng 10 năm 2024</h2>",
        ]
        var position = page.startIndex
        for expected in order {
            guard let found = page.range(of: expected, range: position..<page.endIndex) else {
                XCTFail("bulletin lacks, or has out of order: \(expected)")
                continue
            }
            position = found.upperBound
        }
        XCTAssertFalse(page.contains("Số: 09"), "no colon after Số")
        XCTAssertTrue(page.contains("<link rel=\"stylesheet\" href=\"../../assets/bulletin.css\">"))
        XCTAssertTrue(page.contains("<body class=\"trang trang-ban-tin\">"))
        XCTAssertFalse(page.contains("xep-loai"), "no period closes in September")
        XCTAssertFalse(page.contains(".pdf"), "no PDF link when no PDF is made")
    }

    func testTheMonthInFiguresCountsMeetingsAttendanceAndAbsentBranches() throws {
        let page = try BuiltSite.build().page("ban-tin/2024-09/index.html")
        for expected in [
            "các chi bộ tổ chức 02 cuộc sinh hoạt, họp, trong đó 02 cuộc sinh hoạt thường kỳ và không có cuộc sinh hoạt chuyên đề nào; tỷ lệ đảng viên dự họp bình quân 85,9\u{00A0}%.",
            "<tr><th scope=\"row\">Cuộc sinh hoạt, họp chi bộ</th><td class=\"num\">02</td></tr>",
            "<tr><th scope=\"row\">Trong đó sinh hoạt thường kỳ</th><td class=\"num\">02</td></tr>",
            "<tr><th scope=\"row\">Trong đó sinh hoạt chuyên đề</th><td class=\"num\">00</td></tr>",
            "<tr><th scope=\"row\">Tỷ lệ đảng viên dự họp bình quân</th><td class=\"num\">85,9\u{00A0}%</td></tr>",
            "<tr><th scope=\"row\">Chi bộ chưa sinh hoạt thường kỳ</th><td class=\"num\">03/05</td></tr>",
            "<li><a href=\"../../chi-bo/dong-tam/index.html\">Chi bộ ấp Đồng Tâm</a></li><li><a href=\"../../chi-bo/eo-gio/index.html\">Chi bộ ấp Eo Gió</a></li><li><a href=\"../../chi-bo/truong-thcs/index.html\">Chi bộ Trường THCS Hòa Thuận</a></li>",
        ] {
            XCTAssertTrue(page.contains(expected), "figures lack \(expected)")
        }
    }

    func testResolutionsAreGroupedByBranchAndWhatFallsDueNextMonthIsListedByDeadline() throws {
        let page = try BuiltSite.build().page("ban-tin/2024-09/index.html")
        let adopted = try XCTUnwrap(page.components(separatedBy: "<h2 id=\"nghi-quyet\">").last?.components(separatedBy: "<h2 id=\"den-han\">").first)
        let apBac = try XCTUnwrap(adopted.range(of: "<h3><a href=\"../../chi-bo/ap-bac/index.html\">Chi bộ ấp Ấp Bắc</a></h3>"))
        let binhMinh = try XCTUnwrap(adopted.range(of: "<h3><a href=\"../../chi-bo/binh-minh/index.html\">Chi bộ ấp Bình Minh</a></h3>"))
        XCTAssertLessThan(apBac.lowerBound, binhMinh.lowerBound, "branches in Vietnamese order")
        let apBacItems = adopted[apBac.upperBound..<binhMinh.lowerBound]
        XCTAssertTrue(apBacItems.contains("<p class=\"resolution-meeting\"><a href=\"../../sinh-hoat/ap-bac-2024-09/index.html\">Sinh hoạt thường kỳ ngày 05/09/2024"
                                        + "<span class=\"visually-hidden\"> — Chi bộ ấp Ấp Bắc</span></a>:</p>"))
        XCTAssertTrue(apBacItems.contains("Hoàn thành cải tạo điểm đen rác thải trước ngày 30/9"))
        XCTAssertTrue(apBacItems.contains("Nạo vét kênh nội đồng <span class=\"deadline\">(hạn 30/10/2024)</span>"))
        XCTAssertTrue(adopted[binhMinh.upperBound...].contains("Vận động hiến đất mở rộng đường liên ấp"))

        let due = try XCTUnwrap(page.components(separatedBy: "<h2 id=\"den-han\">").last)
        let first = try XCTUnwrap(due.range(of: "<tr><td class=\"num\">15/10/2024</td><th scope=\"row\">Vận động hiến đất mở rộng đường liên ấp</th>"))
        let second = try XCTUnwrap(due.range(of: "<tr><td class=\"num\">30/10/2024</td><th scope=\"row\">Nạo vét kênh nội đồng</th>"))
        XCTAssertLessThan(first.lowerBound, second.lowerBound)
        XCTAssertFalse(due.contains("Hoàn thành cải tạo điểm đen"), "a resolution without a deadline is not due")
    }

    /// A task a later meeting recorded again, same text and deadline (a themed meeting restating
    /// the regular one's): one row, not two identical rows that read as a printing fault.
    func testATaskRecordedAgainByALaterMeetingIsDueOnce() throws {
        let restated = """
            ---
            branch: binh-minh
            date: 2024-09-24
            kind: chuyen-de
            format: ket-hop
            chair: Nguyễn Thị Lan
            attendance: { present: 25, expected: 31, excused: 6, unexcused: 0 }
            resolutions:
              - { text: Vận động hiến đất mở rộng đường liên ấp, due: 2024-10-15 }
            ---
            Sinh hoạt chuyên đề tháng 9.
            """
        let page = try BuiltSite.build(changes: ["content/minutes/2024/binh-minh-2024-09-chuyen-de.md": restated])
            .page("ban-tin/2024-09/index.html")
        let due = try XCTUnwrap(page.components(separatedBy: "<h2 id=\"den-han\">").last)
        XCTAssertEqual(due.components(separatedBy: "<th scope=\"row\">Vận động hiến đất mở rộng đường liên ấp</th>").count - 1, 1, due)
        XCTAssertTrue(due.contains("<th scope=\"row\">Nạo vét kênh nội đồng</th>"))
    }

    func testTheNumberAndDateFallBackToTheMonthAndTheIssuerToTheOrganization() throws {
        let site = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
        let built = try BuiltSite.build(changes: [
            "site.yaml": site.replacingOccurrences(of: "issuer: Đảng ủy xã Hòa Thuận\n", with: ""),
            "content/stories/tet.md": "---\ntitle: Đón Tết vì người nghèo\nkind: tap-the\ndate: 2024-02-05\n---\nNội dung.\n",
        ])
        let august = built.page("ban-tin/2024-08/index.html")
        XCTAssertTrue(august.contains("<p class=\"masthead-number\">Số 08-BT/ĐU</p>"), "no editorial: the month's number")
        XCTAssertTrue(august.contains("Hòa Thuận, ngày 31 tháng 8 năm 2024"))
        XCTAssertTrue(august.contains("<p class=\"masthead-body\">ĐẢNG BỘ XÃ HÒA THUẬN</p>"))
        XCTAssertFalse(august.contains("loi-toa-soan"), "no editorial section without an editorial")
        XCTAssertTrue(august.contains("Ấp Bình Minh hiến đất làm đường"))
        let february = built.page("ban-tin/2024-02/index.html")
        XCTAssertTrue(february.contains("Hòa Thuận, ngày 29 tháng 02 năm 2024"), "the last day of a leap February")
        XCTAssertTrue(february.contains("Số 02-BT/ĐU"))
    }

    func testTheRankingOfAPeriodClosingThatMonthIsPublished() throws {
        let built = try BuiltSite.build(changes: [
            "content/evaluations/2024-q3.yaml": """
            period: 2024-q3
            scores:
              ap-bac:      { nhiem-vu-chinh-tri: { chi-tieu: 15, tien-do: 14 }, sinh-hoat: 28, doan-ket-ky-luat: 19, dang-vien: 19, bonus: 2 }
              binh-minh:   { nhiem-vu-chinh-tri: { chi-tieu: 13, tien-do: 13 }, sinh-hoat: 25, doan-ket-ky-luat: 17, dang-vien: 17 }
              dong-tam:    { nhiem-vu-chinh-tri: { chi-tieu: 10, tien-do: 10 }, sinh-hoat: 18, doan-ket-ky-luat: 12, dang-vien: 12 }
            """,
        ])
        let page = built.page("ban-tin/2024-09/index.html")
        XCTAssertTrue(page.contains("<h2 id=\"xep-loai\">Kết quả xếp loại quý III năm 2024</h2>"))
        XCTAssertTrue(page.contains("<tr><td class=\"num\">1</td><th scope=\"row\"><a href=\"../../chi-bo/ap-bac/index.html\">Chi bộ ấp Ấp Bắc</a></th><td class=\"num\">97</td><td>Hoàn thành xuất sắc nhiệm vụ</td><td>4 tốt</td></tr>"))
        XCTAssertTrue(page.contains("02 chi bộ đạt danh hiệu “Chi bộ 4 tốt”."))
        XCTAssertTrue(page.contains("href=\"../../xep-hang/2024-q3/index.html\""))
        let ranking = try XCTUnwrap(page.range(of: "id=\"xep-loai\""))
        let stories = try XCTUnwrap(page.range(of: "id=\"guong-dien-hinh\""))
        let resolutions = try XCTUnwrap(page.range(of: "id=\"nghi-quyet\""))
        XCTAssertTrue(stories.lowerBound < ranking.lowerBound && ranking.lowerBound < resolutions.lowerBound)
    }

    func testTheListHoldsEveryMonthWithContentNewestFirst() throws {
        let built = try BuiltSite.build()
        let index = built.page("ban-tin/index.html")
        let september = try XCTUnwrap(index.range(of: "<a href=\"../ban-tin/2024-09/index.html\">Bản tin tháng 9 năm 2024</a> <span class=\"meta\">Số 09-BT/ĐU</span> — Chung sức vượt lũ, giữ vững nền nếp sinh hoạt"))
        let august = try XCTUnwrap(index.range(of: "<a href=\"../ban-tin/2024-08/index.html\">Bản tin tháng 8 năm 2024</a>"))
        XCTAssertLessThan(september.lowerBound, august.lowerBound)
        let bulletins = built.outputFiles().filter { $0.hasPrefix("ban-tin/") && $0.hasSuffix("/index.html") && $0 != "ban-tin/index.html" }
        XCTAssertEqual(bulletins, ["ban-tin/2023-12/index.html", "ban-tin/2024-08/index.html", "ban-tin/2024-09/index.html",
                                   "ban-tin/2024-12/index.html"],
                       "months with minutes, stories or an editorial, and the months the yearly rankings close")
        XCTAssertTrue(built.page("ban-tin/2024-12/index.html").contains("Kết quả xếp loại năm 2024"))
        let december = built.page("ban-tin/2023-12/index.html")
        XCTAssertTrue(december.contains("chưa có biên bản sinh hoạt chi bộ nào được gửi về"))
        XCTAssertTrue(december.contains("<tr><th scope=\"row\">Chi bộ chưa sinh hoạt thường kỳ</th><td class=\"num\">—</td></tr>"),
                      "no minutes cover the month: nobody is said to have missed it")
    }

    func testThePrintStylesheetSetsUpA4() throws {
        let built = try BuiltSite.build()
        let css = built.page("assets/bulletin.css")
        XCTAssertTrue(css.contains("size: A4;"))
        XCTAssertTrue(css.contains("content: \"Trang \" counter(page) \"/\" counter(pages);"))
        XCTAssertTrue(css.contains("font-family: \"Times New Roman\", \"Liberation Serif\", Tinos"), "the typeface of Party documents")
        XCTAssertTrue(css.contains("font-size: 13pt"))
        XCTAssertTrue(css.contains(".site-header, .site-nav, .site-footer"))
        XCTAssertTrue(css.contains("break-after: avoid"))
        XCTAssertTrue(css.contains("break-inside: avoid"))
    }
}

/// The bulletin's title is printed once under the masthead: an editorial titled with the
/// bulletin's own name ("Bản tin tháng 9 năm 2024") is headed "Lời tòa soạn" instead.
final class BulletinTitleOnceTests: XCTestCase {
    func testAnEditorialRestatingTheBulletinsTitleIsHeadedLoiToaSoan() throws {
        let built = try BuiltSite.build(changes: ["content/bulletins/2024-09.md": "---\ntitle: Bản tin tháng 9 năm 2024\n---\nNội dung.\n"])
        let page = built.page("ban-tin/2024-09/index.html")
        XCTAssertTrue(page.contains("<h2 id=\"loi-toa-soan\">Lời tòa soạn</h2>"), page)
        XCTAssertFalse(page.contains(">Bản tin tháng 9 năm 2024</h2>"))
    }
}
