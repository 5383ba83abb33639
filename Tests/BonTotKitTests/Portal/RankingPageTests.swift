import XCTest

/// The ranking pages `/xep-hang/<period>/` and `/xep-hang/` built from the portal fixture.
final class RankingPageTests: XCTestCase {
    private static let caption = "Bảng xếp hạng thi đua năm 2024"

    /// A quarter with a half point, a note holding `;` and quotes, and a title of its own.
    static let quarter = """
        period: 2024-q3
        title: Kết quả chấm điểm thi đua quý III năm 2024
        scores:
          ap-bac: { nhiem-vu-chinh-tri: { chi-tieu: 14, tien-do: 13.5 }, sinh-hoat: 26, doan-ket-ky-luat: 18, dang-vien: 16, note: 'Khá; cần cố gắng "hơn"' }
          binh-minh: { nhiem-vu-chinh-tri: { chi-tieu: 14, tien-do: 14 }, sinh-hoat: 27, doan-ket-ky-luat: 18, dang-vien: 17 }
        """

    func testTheTableRanksTiesByCompetitionAndListsThemInVietnameseOrder() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let rows = PortalPageText.rows(built.page("xep-hang/2024/index.html"), caption: Self.caption)
        let ranked = rows.map { [$0[cell: 0], $0[cell: 2], $0[cell: 9], $0[cell: 10], $0[cell: 11]] }
        XCTAssertEqual(ranked, [
            ["1", "Chi bộ ấp Ấp Bắc", "97", "Hoàn thành xuất sắc nhiệm vụ", "✓ Chi bộ 4 tốt"],
            ["2", "Chi bộ ấp Bình Minh", "90", "Hoàn thành xuất sắc nhiệm vụ", "✓ Chi bộ 4 tốt"],
            ["3", "Chi bộ ấp Đồng Tâm", "82", "Hoàn thành tốt nhiệm vụ", "✓ Chi bộ 4 tốt"],
            ["3", "Chi bộ ấp Eo Gió", "82", "Hoàn thành tốt nhiệm vụ", "— Chưa đạt"],
            ["5", "Chi bộ Trường THCS Hòa Thuận", "60", "Hoàn thành nhiệm vụ", "— Chưa đạt"],
        ])
        XCTAssertEqual(rows.first, ["1", "1 (cụm 1)", "Chi bộ ấp Ấp Bắc", "29", "28", "19", "19", "2", "0", "97",
                                    "Hoàn thành xuất sắc nhiệm vụ", "✓ Chi bộ 4 tốt", "Tặng Giấy khen"])
        XCTAssertEqual(rows.last?[cell: 1], "—", "a branch outside any cluster has no cluster rank")
        XCTAssertEqual(rows.last?[cell: 8], "2", "penalty")
    }

    func testTheTableIsAccessibleAndLinksEachBranchToItsProfile() throws {
        let html = try BuiltSite.build().page("xep-hang/2024/index.html")
        XCTAssertTrue(html.contains("<caption>Bảng xếp hạng thi đua năm 2024</caption>"))
        XCTAssertTrue(html.contains("<th scope=\"col\" class=\"num criterion detail\"><abbr title=\"Chất lượng sinh hoạt tốt\" aria-hidden=\"true\">TC2</abbr>"
            + "<span class=\"visually-hidden\">Chất lượng sinh hoạt tốt</span> <span class=\"max\"><span aria-hidden=\"true\">/30</span>"
            + "<span class=\"visually-hidden\">, tối đa 30 điểm</span></span></th>"), "a short header that reads in full")
        let key = PortalPageText.text(html.components(separatedBy: "<dl class=\"table-key\">").dropFirst().first ?? "")
        XCTAssertTrue(key.hasPrefix("TC1 Lãnh đạo hoàn thành tốt nhiệm vụ chính trị (tối đa 30 điểm) TC2 Chất lượng sinh hoạt tốt (tối đa 30 điểm)"), key)
        XCTAssertTrue(key.contains("cụm 1 Cụm thi đua số 1"), "the key spells out the clusters of the cluster ranks")
        XCTAssertTrue(html.contains("1 <span class=\"cluster-tag\">(<abbr title=\"Cụm thi đua số 1\">cụm 1</abbr>)</span></td>"))
        XCTAssertTrue(html.contains("<th scope=\"row\"><a href=\"../../chi-bo/eo-gio/index.html\">Chi bộ ấp Eo Gió</a></th>"))
        XCTAssertTrue(html.contains("<span class=\"badge badge-tot\">Hoàn thành tốt nhiệm vụ</span>"))
        XCTAssertTrue(PortalPageText.text(html).contains("Chi bộ ấp Eo Gió: có đảng viên bị kỷ luật trong kỳ."),
                      "why Eo Gió misses the title")
    }

    /// The key numbers the clusters as `site.yaml` lists them ("cụm 1" is the first it names,
    /// whatever its id), then the clusters it does not name, by id.
    func testTheKeyNumbersClustersInTheOrderSiteYamlListsThem() throws {
        let site = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  cum-1: Cụm thi đua số 1", with: "  cum-2: Cụm thi đua số 2\n  cum-1: Cụm thi đua số 1")
        func branch(_ id: String, cluster: String) throws -> String {
            try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/branches/\(id).yaml"), encoding: .utf8)
                .replacingOccurrences(of: "cluster: cum-1", with: "cluster: \(cluster)")
        }
        let built = try BuiltSite.build(changes: [
            "site.yaml": site,
            "content/branches/binh-minh.yaml": try branch("binh-minh", cluster: "cum-2"),
            "content/branches/eo-gio.yaml": try branch("eo-gio", cluster: "cum-b"),
            "content/branches/dong-tam.yaml": try branch("dong-tam", cluster: "cum-a"),
        ])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let html = built.page("xep-hang/2024/index.html")
        let key = PortalPageText.text(html.components(separatedBy: "<dl class=\"table-key\">").dropFirst().first ?? "")
        XCTAssertTrue(key.contains("cụm 1 Cụm thi đua số 2 cụm 2 Cụm thi đua số 1 cụm 3 cum-a cụm 4 cum-b"), key)
        let rows = PortalPageText.rows(html, caption: Self.caption)
        XCTAssertEqual(rows.map { [$0[cell: 1], $0[cell: 2]] }, [
            ["1 (cụm 2)", "Chi bộ ấp Ấp Bắc"],
            ["1 (cụm 1)", "Chi bộ ấp Bình Minh"],
            ["1 (cụm 3)", "Chi bộ ấp Đồng Tâm"],
            ["1 (cụm 4)", "Chi bộ ấp Eo Gió"],
            ["—", "Chi bộ Trường THCS Hòa Thuận"],
        ])
    }

    func testTheSummarySentencesAndCountsStandAboveTheTable() throws {
        let html = try BuiltSite.build().page("xep-hang/2024/index.html")
        let summary = PortalPageText.text(PortalPageText.section(html, id: "tong-hop"))
        XCTAssertTrue(summary.contains("04/05 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ (40,0 %)."), summary)
        XCTAssertTrue(summary.contains("01 chi bộ hoàn thành nhiệm vụ (20,0 %)."))
        XCTAssertTrue(summary.contains("03 chi bộ đạt danh hiệu “Chi bộ 4 tốt”."))
        XCTAssertTrue(summary.contains("02 chi bộ Hoàn thành tốt nhiệm vụ (40,0 %)"), summary)
        XCTAssertTrue(summary.contains("03 chi bộ đạt danh hiệu “Chi bộ 4 tốt”"))
        XCTAssertLessThan(html.range(of: "tong-hop")!.lowerBound, html.range(of: "<table")!.lowerBound)
    }

    func testTheChartDrawsEveryTotalWithATextEquivalent() throws {
        let html = try BuiltSite.build().page("xep-hang/2024/index.html")
        let chart = PortalPageText.section(html, id: "bieu-do")
        XCTAssertTrue(chart.contains("role=\"img\""))
        XCTAssertTrue(chart.contains("<span id=\"bieu-do-xep-hang-tieu-de\" hidden>Tổng điểm — Xếp hạng thi đua năm 2024</span>"))
        XCTAssertTrue(chart.contains("3. Chi bộ ấp Eo Gió: 82 điểm, hoàn thành tốt nhiệm vụ;"), "the description lists every value")
        XCTAssertEqual(chart.matches(of: #/<g class="bar">/#).count, 5)
        XCTAssertTrue(chart.contains(">Chi bộ Trường THCS Hòa Thuận</text>"))
        XCTAssertTrue(chart.contains(">97</text>"))
    }

    func testHalfPointsAreWrittenWithADecimalComma() throws {
        let built = try BuiltSite.build(changes: ["content/evaluations/2024-q3.yaml": Self.quarter])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let html = built.page("xep-hang/2024-q3/index.html")
        let rows = PortalPageText.rows(html, caption: "Bảng xếp hạng thi đua quý III năm 2024")
        XCTAssertEqual(rows.map { [$0[cell: 2], $0[cell: 3], $0[cell: 9]] }, [["Chi bộ ấp Bình Minh", "28", "90"], ["Chi bộ ấp Ấp Bắc", "27,5", "87,5"]])
        XCTAssertTrue(html.contains("<h1>Kết quả chấm điểm thi đua quý III năm 2024</h1>"))
        XCTAssertTrue(html.contains(">87,5</text>"), "the chart writes 87,5")
    }

    /// Quarter points read as typed: the criteria add up to the total on the page, and a total
    /// of 89,95 is not shown as 90 beside "Hoàn thành tốt nhiệm vụ" (xuất sắc needs 90).
    func testQuarterPointsAreShownAsTypedSoARowAddsUp() throws {
        let quarter = Self.quarter.replacingOccurrences(
            of: "binh-minh: { nhiem-vu-chinh-tri: { chi-tieu: 14, tien-do: 14 }, sinh-hoat: 27, doan-ket-ky-luat: 18, dang-vien: 17 }",
            with: "binh-minh: { nhiem-vu-chinh-tri: { chi-tieu: 14, tien-do: 13.95 }, sinh-hoat: 26.75, doan-ket-ky-luat: 18.25, dang-vien: 17 }")
        XCTAssertNotEqual(quarter, Self.quarter)
        let built = try BuiltSite.build(changes: ["content/evaluations/2024-q3.yaml": quarter])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let rows = PortalPageText.rows(built.page("xep-hang/2024-q3/index.html"), caption: "Bảng xếp hạng thi đua quý III năm 2024")
        XCTAssertEqual(rows.first.map { Array($0[2...10]) },
                       ["Chi bộ ấp Bình Minh", "27,95", "26,75", "18,25", "17", "0", "0", "89,95", "Hoàn thành tốt nhiệm vụ"])
    }

    func testTheIndexShowsTheLatestRankingAndListsEveryPeriod() throws {
        let built = try BuiltSite.build(changes: ["content/evaluations/2024-q3.yaml": Self.quarter])
        let html = built.page("xep-hang/index.html")
        XCTAssertTrue(html.contains("<h1>Xếp hạng thi đua</h1>"))
        XCTAssertEqual(PortalPageText.rows(html, caption: Self.caption).map { $0[cell: 2] },
                       ["Chi bộ ấp Ấp Bắc", "Chi bộ ấp Bình Minh", "Chi bộ ấp Đồng Tâm", "Chi bộ ấp Eo Gió", "Chi bộ Trường THCS Hòa Thuận"])
        XCTAssertTrue(html.contains("<a href=\"../chi-bo/ap-bac/index.html\">Chi bộ ấp Ấp Bắc</a>"), "links from one folder down")
        let periods = PortalPageText.section(html, id: "cac-ky")
        let order = ["2024/index.html", "2024-q3/index.html", "2023/index.html"].map { periods.range(of: "href=\"../xep-hang/\($0)\"")?.lowerBound }
        XCTAssertFalse(order.contains(nil), periods)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted(), "newest first")
        XCTAssertTrue(periods.contains(">Kết quả chấm điểm thi đua quý III năm 2024</a>"))
    }

    func testEveryRankingPageLinksItsCSV() throws {
        let built = try BuiltSite.build()
        for path in ["xep-hang/", "xep-hang/2024/", "xep-hang/2023/"] {
            XCTAssertTrue(built.page(path + "index.html").contains("<a href=\"bang-xep-hang.csv\" download>"), path)
            XCTAssertFalse(built.bytes(path + "bang-xep-hang.csv").isEmpty, path)
        }
    }
}

/// A site whose office has not entered any scores yet.
extension RankingPageTests {
    func testWithoutAnyEvaluationTheRankingPageSaysSoAndTheHomeStillBuilds() throws {
        let built = try BuiltSite.build(changes: ["content/evaluations/2023.yaml": nil, "content/evaluations/2024.csv": nil])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        XCTAssertTrue(PortalPageText.text(built.page("xep-hang/index.html")).contains("Chưa có kết quả chấm điểm thi đua nào."))
        XCTAssertFalse(built.outputFiles().contains { $0.hasSuffix(".csv") })
        XCTAssertFalse(built.page("index.html").contains("id=\"xep-hang\""), "no ranking section on the home page")
        XCTAssertTrue(PortalPageText.text(built.page("luu-tru/index.html")).contains("Năm 2024 Chưa có kết quả chấm điểm thi đua năm 2024."),
                      "the year of the stories and awards is archived, unscored")
        XCTAssertTrue(PortalPageText.text(built.page("chi-bo/ap-bac/index.html")).contains("Chi bộ chưa có kết quả xếp loại hằng năm."))
    }
}

/// Issue 12, item 9: at 375 px the ranking shows rank, branch, total, level and the 4-tốt mark at
/// once; the criteria's scores, bonus, penalty, cluster rank and note are the details a narrow
/// screen hides (they stay in the CSV and on wider screens).
final class NarrowRankingLayoutTests: XCTestCase {
    func testOnlyTheDetailsAreHiddenOnANarrowScreen() throws {
        let built = try BuiltSite.build()
        let page = built.page("xep-hang/2024/index.html")
        let header = try XCTUnwrap(page.components(separatedBy: "<thead>").last?.components(separatedBy: "</thead>").first)
        let columns = header.components(separatedBy: "<th ").dropFirst().map { String($0.prefix { $0 != ">" }) }
        XCTAssertEqual(columns.filter { !$0.contains("detail") }.count, 5, "rank, branch, total, level, 4-tốt: \(columns)")
        XCTAssertEqual(columns.filter { $0.contains("criterion") && !$0.contains("detail") }, [])
        let row = try XCTUnwrap(page.components(separatedBy: "<tbody>").last?.components(separatedBy: "</tr>").first)
        XCTAssertTrue(row.contains("<td class=\"num total\">"), "the total stays")
        XCTAssertTrue(row.contains("<td class=\"mark\">"), "the 4-tốt mark stays")
        let css = built.page("assets/style.css")
        let narrow = try XCTUnwrap(css.components(separatedBy: "@media screen and (max-width: 40rem) {").dropFirst().first)
        XCTAssertTrue(narrow.contains(".ranking-table .detail { display: none; }"))
        XCTAssertTrue(page.contains("<p class=\"narrow-hint\">"), "the narrow screen says where the details are")
        // A computer's screen at 200 % zoom is this narrow too: the hint sent its reader to
        // "khi xem trên máy tính", where they were, and not to the box that shows the scores.
        let hint = try XCTUnwrap(page.firstMatch(of: #/<p class="narrow-hint">([^<]*)</p>/#)?.output.1)
        XCTAssertFalse(hint.contains("máy tính"), String(hint))
        XCTAssertTrue(hint.contains("Đánh dấu ô “Hiện cả điểm từng tiêu chí” dưới đây"), String(hint))
    }
}
