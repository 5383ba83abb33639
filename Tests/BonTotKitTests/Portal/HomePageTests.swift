import XCTest

/// The home page built from the portal fixture.
final class HomePageTests: XCTestCase {
    func testTheHeadlineFiguresSumTheSiteAndTheLatestRanking() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let html = built.page("index.html")
        let figures = html.matches(of: #/<li class="figure"><span class="value">([^<]*)</span> <span class="label">([^<]*)</span></li>/#)
            .map { "\($0.output.1) \($0.output.2)" }
        XCTAssertEqual(figures, [
            "05 chi bộ trực thuộc",
            "141 đảng viên",
            "980 hộ gia đình trên địa bàn",
            "02 chi bộ hoàn thành xuất sắc nhiệm vụ năm 2024",
            "03 chi bộ đạt “Chi bộ 4 tốt” năm 2024",
            "02 buổi sinh hoạt tháng 9 năm 2024",
            // The rate keeps its percent sign: a narrow printed card broke "85,9" and "%" apart.
            "85,9\u{00A0}% đảng viên dự sinh hoạt tháng 9 năm 2024 (02/05 chi bộ đã có biên bản)",
        ])
    }

    /// The home's card and the ranking's card count the same branches: "2" on one and "02" on
    /// the other read as two figures. Both pad a count as official sentences do (SPEC §4).
    func testTheHomeCardsCountAsTheRankingCardsDo() throws {
        let built = try BuiltSite.build()
        let card = #/<li class="figure"><span class="value">([^<]*)</span> <span class="label">([^<]*)</span></li>/#
        func value(_ page: String, _ label: String) -> String? {
            built.page(page).matches(of: card).first { $0.output.2.hasPrefix(label) }.map { String($0.output.1) }
        }
        XCTAssertEqual(value("xep-hang/2024/index.html", "chi bộ đạt danh hiệu “Chi bộ 4 tốt”"), "03")
        XCTAssertEqual(value("index.html", "chi bộ đạt “Chi bộ 4 tốt” năm 2024"), "03", "as /xep-hang/2024/ shows it")
        XCTAssertEqual(value("sinh-hoat/2024/09/index.html", "cuộc sinh hoạt, họp"), "02")
        XCTAssertEqual(value("index.html", "buổi sinh hoạt tháng 9 năm 2024"), "02", "as /sinh-hoat/2024/09/ shows it")
        XCTAssertEqual(value("index.html", "đảng viên"), "141", "a count of two digits or more is unchanged")
    }

    func testTheHomeShowsTheSummaryAndTheTopOfTheLatestRanking() throws {
        let html = try BuiltSite.build().page("index.html")
        let ranking = PortalPageText.section(html, id: "xep-hang")
        XCTAssertTrue(ranking.contains("<h2 id=\"xep-hang\">Xếp hạng thi đua năm 2024</h2>"))
        XCTAssertTrue(ranking.contains("<p>04/05 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ (40,0\u{00A0}%).</p>"),
                      "a no-break space keeps the percent sign with its number")
        XCTAssertEqual(PortalPageText.rows(html, caption: "Các chi bộ dẫn đầu").map { $0.joined(separator: " | ") }, [
            "1 | Chi bộ ấp Ấp Bắc | 97 | Hoàn thành xuất sắc nhiệm vụ | ✓ Chi bộ 4 tốt",
            "2 | Chi bộ ấp Bình Minh | 90 | Hoàn thành xuất sắc nhiệm vụ | ✓ Chi bộ 4 tốt",
            "3 | Chi bộ ấp Đồng Tâm | 82 | Hoàn thành tốt nhiệm vụ | ✓ Chi bộ 4 tốt",
            "3 | Chi bộ ấp Eo Gió | 82 | Hoàn thành tốt nhiệm vụ | — Chưa đạt",
            "5 | Chi bộ Trường THCS Hòa Thuận | 60 | Hoàn thành nhiệm vụ | — Chưa đạt",
        ])
        XCTAssertTrue(ranking.contains("<a href=\"chi-bo/ap-bac/index.html\">Chi bộ ấp Ấp Bắc</a>"))
        XCTAssertTrue(ranking.contains("<a href=\"xep-hang/index.html\">Xem toàn bộ bảng xếp hạng</a>"))
    }

    func testTheHomeListsTheLatestStoriesNewestFirst() throws {
        let html = try BuiltSite.build().page("index.html")
        let stories = PortalPageText.section(html, id: "guong")
        let titles = stories.matches(of: #/<h3><a href="([^"]*)">([^<]*)</a></h3>/#).map { "\($0.output.2) → \($0.output.1)" }
        XCTAssertEqual(titles, ["Bí thư 8X xông pha trong lũ → guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html",
                                "Ấp Bình Minh hiến đất làm đường → guong-dien-hinh/binh-minh-hien-dat/index.html"])
        let text = PortalPageText.text(stories)
        XCTAssertTrue(text.contains("20/09/2024 · Gương cá nhân · Chi bộ ấp Ấp Bắc Đêm nước lên, anh Bình cùng tổ xung kích đưa 37 hộ đến nơi an toàn."), text)
    }

    func testTheHomeShowsOnlyTheFiveNewestStories() throws {
        var changes: [String: String?] = [:]
        for day in 1...6 {
            changes["content/stories/tin-\(day).md"] = "---\ntitle: Tin số \(day)\nkind: mo-hinh\ndate: 2024-10-0\(day)\n---\nNội dung.\n"
        }
        let html = try BuiltSite.build(changes: changes).page("index.html")
        let titles = PortalPageText.section(html, id: "guong").matches(of: #/<h3><a href="[^"]*">([^<]*)</a></h3>/#).map { String($0.output.1) }
        XCTAssertEqual(titles, ["Tin số 6", "Tin số 5", "Tin số 4", "Tin số 3", "Tin số 2"])
    }

    func testTheHomeShowsTheMeetingsOfTheLatestMonthWithMinutes() throws {
        let html = try BuiltSite.build().page("index.html")
        XCTAssertTrue(html.contains("<h2 id=\"sinh-hoat\">Sinh hoạt chi bộ tháng 9 năm 2024</h2>"))
        XCTAssertEqual(PortalPageText.rows(html, caption: "Các buổi sinh hoạt tháng 9 năm 2024").map { $0.joined(separator: " | ") }, [
            "05/09/2024, Chi bộ ấp Ấp Bắc | Chi bộ ấp Ấp Bắc | Sinh hoạt thường kỳ | Cải tạo điểm đen rác thải ngõ 15 | 36/40 (90,0 %)",
            "10/09/2024, Chi bộ ấp Bình Minh | Chi bộ ấp Bình Minh | Sinh hoạt thường kỳ |  | 25/31 (80,6 %)",
        ])
        XCTAssertTrue(html.contains("<a href=\"sinh-hoat/binh-minh-2024-09/index.html\"><time datetime=\"2024-09-10\">10/09/2024</time>"
                                  + "<span class=\"visually-hidden\">, Chi bộ ấp Bình Minh</span></a>"),
                      "the date's link names its branch for a screen reader's list of links")
        XCTAssertTrue(html.contains("<a href=\"sinh-hoat/2024/09/index.html\">Xem biên bản sinh hoạt tháng 9 năm 2024</a>"))
    }
}
