import XCTest

/// The branch directory `/chi-bo/` and the profiles `/chi-bo/<id>/` built from the portal fixture.
final class BranchPageTests: XCTestCase {
    func testTheDirectoryGroupsBranchesByKindInVietnameseOrderWithTheirLatestLevel() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let html = built.page("chi-bo/index.html")
        let names = html.matches(of: #/<h3><a href="[^"]*">([^<]*)</a></h3>/#).map { String($0.output.1) }
        XCTAssertEqual(names, ["Chi bộ ấp Ấp Bắc", "Chi bộ ấp Bình Minh", "Chi bộ ấp Đồng Tâm", "Chi bộ ấp Eo Gió",
                               "Chi bộ Trường THCS Hòa Thuận"])
        let groups = html.matches(of: #/<h2 id="[^"]*">([^<]*) <span/#).map { String($0.output.1) }
        XCTAssertEqual(groups, ["Chi bộ khu dân cư", "Chi bộ trường học"])
        let text = PortalPageText.text(PortalPageText.section(html, id: "khu-dan-cu"))
        XCTAssertTrue(text.contains("Chi bộ ấp Ấp Bắc Xếp loại năm 2024: Hoàn thành xuất sắc nhiệm vụ Bí thư Đặng Văn Bình Đảng viên 42 đảng viên"), text)
        XCTAssertTrue(html.contains("<span class=\"badge badge-hoan-thanh\">Hoàn thành nhiệm vụ</span>"), "Trường THCS in 2024")
        XCTAssertTrue(html.contains("<a href=\"../chi-bo/dong-tam/index.html\">Chi bộ ấp Đồng Tâm</a>"))
    }

    func testTheProfileShowsFactsLeadersAndHouseholds() throws {
        let html = try BuiltSite.build().page("chi-bo/ap-bac/index.html")
        let text = PortalPageText.text(html)
        XCTAssertTrue(html.contains("<h1>Chi bộ ấp Ấp Bắc</h1>"))
        XCTAssertTrue(text.contains("Ngày thành lập ngày 02 tháng 3 năm 1976"), text)
        XCTAssertTrue(text.contains("Địa chỉ Ấp Ấp Bắc, xã Hòa Thuận"))
        XCTAssertTrue(text.contains("Cụm thi đua Cụm thi đua số 1"), "the cluster name from site.yaml")
        XCTAssertTrue(text.contains("Bí thư Đặng Văn Bình Phó Bí thư Lê Thị Hoa Chi ủy viên Lê Thị Hoa, Trần Văn Tám"))
        XCTAssertTrue(text.contains("Đảng viên chính thức 40 Đảng viên dự bị 2 Miễn sinh hoạt 2 đảng viên"))
        XCTAssertTrue(text.contains("40 đảng viên được phân công phụ trách 560 hộ gia đình, bình quân 01 đảng viên phụ trách 14 hộ (định mức 8–18 hộ)."))
        XCTAssertTrue(html.contains("<img class=\"branch-photo\" src=\"../../media/ap-bac.svg\" alt=\"\">"), "decorative: the <h1> above names the branch")
    }

    func testTheProfileShowsItsStreakHistoryChartAndAwards() throws {
        let html = try BuiltSite.build().page("chi-bo/ap-bac/index.html")
        let history = PortalPageText.section(html, id: "xep-loai")
        XCTAssertTrue(history.contains("<li>Hoàn thành xuất sắc nhiệm vụ 02 năm liền <span class=\"year-range\">(2023–2024)</span></li>"), history)
        XCTAssertEqual(PortalPageText.rows(html, caption: "Kết quả xếp loại chi bộ hằng năm"), [
            ["Xếp hạng thi đua năm 2024", "97", "Hoàn thành xuất sắc nhiệm vụ", "1/5", "✓ Chi bộ 4 tốt"],
            ["Xếp hạng thi đua năm 2023", "97", "Hoàn thành xuất sắc nhiệm vụ", "1/5", "✓ Chi bộ 4 tốt"],
        ])
        XCTAssertTrue(history.contains("role=\"img\""))
        XCTAssertTrue(history.contains("<title id=\"bieu-do-tong-diem-tieu-de\">Tổng điểm thi đua qua các năm</title>"))
        XCTAssertTrue(history.contains("Năm 2023: 97 điểm, hoàn thành xuất sắc nhiệm vụ; năm 2024: 97 điểm"))
        XCTAssertEqual(PortalPageText.rows(html, caption: "Các hình thức khen thưởng"),
                       [["2024", "Giấy khen", "Huyện ủy Giồng Riềng", "Hoàn thành xuất sắc nhiệm vụ 3 năm liền (2022–2024)"]])
        XCTAssertEqual(PortalPageText.rows(html, caption: "Kết quả xếp loại đảng viên hằng năm (số đảng viên)"),
                       [["2024", "6", "30", "4", "0", "40"]])
    }

    func testAGoodOrBetterStreakShowsWhenItOutrunsTheTopLevel() throws {
        let html = try BuiltSite.build().page("chi-bo/binh-minh/index.html")
        let history = PortalPageText.section(html, id: "xep-loai")
        XCTAssertTrue(history.contains("<li>Hoàn thành tốt nhiệm vụ trở lên 02 năm liền <span class=\"year-range\">(2023–2024)</span></li>"), history)
        XCTAssertFalse(history.contains("Hoàn thành xuất sắc nhiệm vụ năm 2024</li>"), "a single year is no streak")
    }

    func testTheProfileShowsItsMeetingsDisciplineQualityAndMinutes() throws {
        let html = try BuiltSite.build().page("chi-bo/ap-bac/index.html")
        let meetings = PortalPageText.text(PortalPageText.section(html, id: "sinh-hoat"))
        XCTAssertTrue(meetings.contains("Chưa sinh hoạt thường kỳ: tháng 8 năm 2024."), meetings)
        XCTAssertTrue(meetings.contains("Tỷ lệ đảng viên dự sinh hoạt bình quân: 95,0 %."))
        XCTAssertEqual(PortalPageText.rows(html, caption: "Sinh hoạt chi bộ từng tháng, mới nhất trước"), [
            ["Tháng 9 năm 2024", "1", "0", "90,0 %", "Đã sinh hoạt thường kỳ"],
            ["Tháng 8 năm 2024", "0", "1", "100,0 %", "Chỉ sinh hoạt chuyên đề, thiếu thường kỳ"],
        ])
        XCTAssertEqual(PortalPageText.rows(html, caption: "Chất lượng sinh hoạt thường kỳ"), [["2024", "1", "0", "1", "Khá"]],
                       "one regular meeting, failing only for an unexcused absence, scored 92")
        XCTAssertEqual(PortalPageText.rows(html, caption: "Biên bản các buổi sinh hoạt, mới nhất trước"), [
            ["05/09/2024, Sinh hoạt thường kỳ", "Sinh hoạt thường kỳ", "Cải tạo điểm đen rác thải ngõ 15", "36/40 (90,0 %)"],
            ["06/08/2024, Sinh hoạt chuyên đề", "Sinh hoạt chuyên đề", "Vai trò nêu gương của đảng viên", "40/40 (100,0 %)"],
        ])
        XCTAssertTrue(html.contains("<a href=\"../../sinh-hoat/ap-bac-2024-09/index.html\">"))
        XCTAssertTrue(html.contains("<title id=\"bieu-do-du-hop-tieu-de\">Tỷ lệ đảng viên dự họp theo tháng</title>"))
        XCTAssertTrue(html.contains("Tháng 8 năm 2024: 100,0\u{00A0}%; tháng 9 năm 2024: 90,0\u{00A0}%."))
    }

    func testTheProfileListsItsStoriesAndRendersItsIntroduction() throws {
        let built = try BuiltSite.build()
        let apBac = built.page("chi-bo/ap-bac/index.html")
        XCTAssertTrue(apBac.contains("<a href=\"../../guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html\">Bí thư 8X xông pha trong lũ</a>"))
        XCTAssertFalse(apBac.contains("hiến đất làm đường</a>"), "another branch's story")
        let school = built.page("chi-bo/truong-thcs/index.html")
        XCTAssertTrue(school.contains("<p>Chi bộ được thành lập năm 1995, lãnh đạo nhà trường đạt chuẩn quốc gia.</p>"))
        XCTAssertTrue(PortalPageText.text(school).contains("Chưa có bài viết về chi bộ."))
        XCTAssertFalse(school.contains("class=\"streaks\""), "no streak for a branch that fell to hoàn thành")
    }

    func testNamesWithMarkupAndQuotesAreEscapedEverywhere() throws {
        let built = try BuiltSite.build(changes: [
            "content/branches/dong-tam.yaml": """
                name: 'Chi bộ <script>alert("x")</script> "Đồng Tâm"'
                kind: khu-dan-cu
                cluster: cum-1
                secretary: 'Phạm Văn <b>Long</b> "Tư"'
                members: { official: 25, probationary: 0 }
                """,
        ])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let escapedName = "Chi bộ &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &quot;Đồng Tâm&quot;"
        for page in ["chi-bo/index.html", "chi-bo/dong-tam/index.html", "xep-hang/2024/index.html", "xep-hang/index.html",
                     "luu-tru/2024/index.html", "index.html"] {
            let html = built.page(page)
            XCTAssertFalse(html.contains("<script>"), "\(page) lets a script through")
            XCTAssertTrue(html.contains(escapedName), "\(page) does not show the escaped name")
        }
        XCTAssertTrue(built.page("chi-bo/dong-tam/index.html").contains("<dd>Phạm Văn &lt;b&gt;Long&lt;/b&gt; &quot;Tư&quot;</dd>"))
        XCTAssertTrue(built.page("chi-bo/index.html").contains("<dd>Phạm Văn &lt;b&gt;Long&lt;/b&gt; &quot;Tư&quot;</dd>"))
        let chart = PortalPageText.section(built.page("xep-hang/2024/index.html"), id: "bieu-do")
        XCTAssertTrue(chart.contains(">\(escapedName)</text>"), "the SVG label is escaped by bontot itself")
        let csv = String(decoding: built.bytes("xep-hang/2024/bang-xep-hang.csv"), as: UTF8.self)
        XCTAssertTrue(csv.contains(";\"Chi bộ <script>alert(\"\"x\"\")</script> \"\"Đồng Tâm\"\"\";"), "quoted, quotes doubled")
    }
}
