import XCTest

/// The yearly archive `/luu-tru/` and `/luu-tru/<yyyy>/` built from the portal fixture.
final class ArchivePageTests: XCTestCase {
    func testTheYearShowsItsRankingTitlesAwardsHonourRollAndStories() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let html = built.page("luu-tru/2024/index.html")
        XCTAssertTrue(html.contains("<h1>Thành tích năm 2024</h1>"))
        XCTAssertEqual(PortalPageText.rows(html, caption: "Bảng xếp hạng thi đua năm 2024").map { "\($0[cell: 0]) \($0[cell: 2]) \($0[cell: 9])" },
                       ["1 Chi bộ ấp Ấp Bắc 97", "2 Chi bộ ấp Bình Minh 90", "3 Chi bộ ấp Đồng Tâm 82", "3 Chi bộ ấp Eo Gió 82",
                        "5 Chi bộ Trường THCS Hòa Thuận 60"])
        XCTAssertTrue(PortalPageText.text(PortalPageText.section(html, id: "xep-hang"))
            .contains("04/05 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ (40,0 %)."))
        XCTAssertEqual(PortalPageText.text(PortalPageText.section(html, id: "bon-tot")),
                       "Danh hiệu “Chi bộ 4 tốt” năm 2024 Chi bộ ấp Ấp Bắc Chi bộ ấp Bình Minh Chi bộ ấp Đồng Tâm")
        XCTAssertEqual(PortalPageText.text(PortalPageText.section(html, id: "khen-thuong")),
                       "Khen thưởng năm 2024 Chi bộ ấp Ấp Bắc: Giấy khen của Huyện ủy Giồng Riềng — "
                           + "Hoàn thành xuất sắc nhiệm vụ 3 năm liền (2022–2024)")
        XCTAssertEqual(PortalPageText.text(PortalPageText.section(html, id: "bang-vang")),
                       "Bảng vàng thành tích nhiều năm liền "
                           + "Hoàn thành xuất sắc nhiệm vụ nhiều năm liền "
                           + "Chi bộ ấp Ấp Bắc: Hoàn thành xuất sắc nhiệm vụ 02 năm liền (2023–2024) "
                           + "Hoàn thành tốt nhiệm vụ trở lên nhiều năm liền "
                           + "Chi bộ ấp Bình Minh: Hoàn thành tốt nhiệm vụ trở lên 02 năm liền (2023–2024) "
                           + "Chi bộ ấp Đồng Tâm: Hoàn thành tốt nhiệm vụ trở lên 02 năm liền (2023–2024) "
                           + "Chi bộ ấp Eo Gió: Hoàn thành tốt nhiệm vụ trở lên 02 năm liền (2023–2024)")
        // The range of years stays on one line on a phone and on paper: its span is kept from
        // wrapping by the theme's style sheet, the text left as typed for search and copying.
        XCTAssertTrue(PortalPageText.section(html, id: "bang-vang")
            .contains("Chi bộ ấp Ấp Bắc</a>: Hoàn thành xuất sắc nhiệm vụ 02 năm liền <span class=\"year-range\">(2023–2024)</span></li>"))
        XCTAssertTrue(built.page("assets/style.css").contains(".year-range { white-space: nowrap; }"))
        let stories = PortalPageText.section(html, id: "guong")
        XCTAssertTrue(stories.contains("<a href=\"../../guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html\">Bí thư 8X xông pha trong lũ</a>"))
        XCTAssertTrue(stories.contains("<a href=\"../../guong-dien-hinh/binh-minh-hien-dat/index.html\">Ấp Bình Minh hiến đất làm đường</a>"))
    }

    func testStreaksAreCountedOnlyUpToTheYearShown() throws {
        let html = try BuiltSite.build().page("luu-tru/2023/index.html")
        let roll = PortalPageText.text(PortalPageText.section(html, id: "bang-vang"))
        XCTAssertEqual(roll, "Bảng vàng thành tích nhiều năm liền Chưa có chi bộ nào đạt thành tích hai năm liền trở lên.")
        XCTAssertTrue(PortalPageText.text(PortalPageText.section(html, id: "guong")).contains("Chưa có bài viết nào trong năm."))
        XCTAssertTrue(PortalPageText.text(PortalPageText.section(html, id: "khen-thuong"))
            .contains("Chưa ghi nhận hình thức khen thưởng nào trong năm."))
    }

    func testTheIndexListsYearsAndAQuarterMakesNoArchivePage() throws {
        let built = try BuiltSite.build(changes: ["content/evaluations/2024-q3.yaml": RankingPageTests.quarter])
        let html = built.page("luu-tru/index.html")
        let years = html.matches(of: #/<h2><a href="([^"]*)">([^<]*)</a></h2>/#).map { "\($0.output.2) \($0.output.1)" }
        XCTAssertEqual(years, ["Năm 2024 ../luu-tru/2024/index.html", "Năm 2023 ../luu-tru/2023/index.html"])
        XCTAssertTrue(PortalPageText.text(html).contains("05/05 chi bộ hoàn thành tốt nhiệm vụ trở lên"), "2023's sentence")
        XCTAssertFalse(built.outputFiles().contains { $0.hasPrefix("luu-tru/2024-q3") })
        XCTAssertTrue(built.page("xep-hang/2024/index.html").contains("<a href=\"../../luu-tru/2024/index.html\">Thành tích năm 2024</a>"))
        XCTAssertFalse(built.page("xep-hang/2024-q3/index.html").contains("luu-tru/2024/"), "a quarter links no archive")
    }

    /// A year not scored as a whole (the year in progress, or one scored by quarter only) had
    /// no archive: its stories and awards were in no year's page, and a year before said
    /// "Chưa có bài viết nào trong năm" while the stories were there.
    func testAYearWithStoriesOrAwardsButNoYearlyEvaluationHasItsArchive() throws {
        let built = try BuiltSite.build(changes: [
            "content/evaluations/2025-q1.yaml": RankingPageTests.quarter.replacingOccurrences(of: "2024-q3", with: "2025-q1"),
            "content/stories/tu-sach.md": """
            ---
            title: Tủ sách khu dân cư
            kind: mo-hinh
            branch: dong-tam
            date: 2025-03-02
            ---
            Nội dung.
            """,
        ])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let index = built.page("luu-tru/index.html")
        let years = index.matches(of: #/<h2><a href="([^"]*)">([^<]*)</a></h2>/#).map { String($0.output.2) }
        XCTAssertEqual(years, ["Năm 2025", "Năm 2024", "Năm 2023"])
        XCTAssertTrue(PortalPageText.text(index).contains("Năm 2025 Chưa có kết quả chấm điểm thi đua năm 2025. 01 bài viết gương điển hình."),
                      PortalPageText.text(index))
        let html = built.page("luu-tru/2025/index.html")
        XCTAssertTrue(html.contains("<h1>Thành tích năm 2025</h1>"))
        XCTAssertEqual(PortalPageText.text(PortalPageText.section(html, id: "xep-hang")),
                       "Kết quả xếp hạng thi đua Chưa có kết quả chấm điểm thi đua năm 2025.")
        XCTAssertTrue(PortalPageText.section(html, id: "guong").contains(">Tủ sách khu dân cư</a>"))
        XCTAssertTrue(PortalPageText.text(PortalPageText.section(html, id: "khen-thuong"))
            .contains("Chưa ghi nhận hình thức khen thưởng nào trong năm."))
        XCTAssertFalse(html.contains("id=\"bon-tot\""), "no titles without the year's scores")
        XCTAssertFalse(html.contains("id=\"bang-vang\""), "no honour roll: streaks run up to a scored year")
        XCTAssertFalse(built.outputFiles().contains { $0.hasPrefix("luu-tru/2025-q1") })
    }
}

