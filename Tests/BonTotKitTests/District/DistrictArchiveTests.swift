import BonTotKit
import Foundation
import XCTest

/// A district's yearly archive (`/luu-tru/<yyyy>/`) holds its units' year first: the ranking of
/// its đảng bộ cơ sở, the "Đảng bộ cơ sở 4 tốt" titles and the units' runs of years, then its
/// chi bộ trực thuộc. Before, it showed only its chi bộ trực thuộc, and a year in which only the
/// units were scored had no page at all.
///
/// The fixture district (`DistrictFixture`) scores its units in 2024: Long Thạnh 92 (xuất sắc),
/// Ấp Bắc 86 and Bình Minh 86 (tốt). The tests add 2022 (Bình Minh 92 and Long Thạnh 91 xuất
/// sắc, Ấp Bắc 80 tốt) and 2023 (Bình Minh 93 xuất sắc, Long Thạnh 75 tốt, Ấp Bắc not scored).
final class DistrictArchiveTests: XCTestCase {
    static let unitScores2022 = """
        scores:
          xa-a: { chinh-tri: 28, xay-dung-dang: 28, doan-ket: 18, can-bo: 18 }
          xa-b: { chinh-tri: 24, xay-dung-dang: 24, doan-ket: 16, can-bo: 16 }
          xa-c: { chinh-tri: 28, xay-dung-dang: 27, doan-ket: 18, can-bo: 18 }

        """
    static let unitScores2023 = """
        scores:
          xa-a: { chinh-tri: 28, xay-dung-dang: 28, doan-ket: 19, can-bo: 18 }
          xa-c: { chinh-tri: 23, xay-dung-dang: 23, doan-ket: 15, can-bo: 14 }

        """
    static let earlierYears: [String: String?] = [
        "content/unit-evaluations/2022.yaml": unitScores2022,
        "content/unit-evaluations/2023.yaml": unitScores2023,
    ]

    /// The visible text of the section of `html` headed `id`.
    private func section(_ html: String, _ id: String) -> String {
        PortalPageText.text(PortalPageText.section(html, id: id))
    }

    /// "rank name total" of each row of the units' table of `year`.
    /// The rows of the units' table in a year's archive: `units` names them ("đảng bộ trực thuộc" in a province).
    private func unitRows(_ html: String, _ year: Int, units: String = "đảng bộ cơ sở") -> [String] {
        PortalPageText.rows(html, caption: "Bảng xếp hạng \(units) năm \(year)")
            .map { "\($0[cell: 0]) \($0[cell: 1]) \($0[cell: 8])" }
    }

    /// The headings of a page's sections, in order.
    private func headings(_ html: String) -> [String] {
        html.matches(of: #/<h2 id="[^"]*">(.*?)</h2>/#).map { PortalPageText.text(String($0.output.1)) }
    }

    private func build(_ changes: [String: String?]) throws -> (site: IncrementalSite, report: BuildReport) {
        let built = try DistrictFixture.build(for: self, changes: changes)
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        XCTAssertEqual(built.report.diagnostics.entries.filter { $0.location.file.hasPrefix("templates/") }.map(\.description), [],
                       "every key of the archive's templates is a field of its models (TemplateKeyCheck)")
        return built
    }

    /// 2024 as the office reports it: its units' ranking, titles and runs of years, then its chi
    /// bộ trực thuộc. Long Thạnh's run at xuất sắc is broken by its lower 2023, so it is on the
    /// roll for "tốt trở lên" alone; Ấp Bắc, not scored in 2023, is on no run.
    func testTheYearShowsTheUnitsRankingTitlesAndRunsBeforeTheBranches() throws {
        let (site, _) = try build(Self.earlierYears)
        let html = DistrictFixture.page(site, "luu-tru/2024/index.html")
        XCTAssertEqual(headings(html), [
            "Kết quả xếp hạng đảng bộ cơ sở",
            "Danh hiệu “Đảng bộ cơ sở 4 tốt” năm 2024",
            "Bảng vàng đảng bộ cơ sở nhiều năm liền",
            "Kết quả xếp hạng chi bộ trực thuộc",
            "Danh hiệu “Chi bộ 4 tốt” năm 2024",
            "Khen thưởng năm 2024",
            "Bảng vàng chi bộ trực thuộc nhiều năm liền",
            "Gương điển hình năm 2024",
        ])
        let units = PortalPageText.section(html, id: "xep-hang-don-vi")
        XCTAssertTrue(units.contains(#"<a href="../../xep-hang-don-vi/2024/index.html">Xếp hạng đảng bộ cơ sở năm 2024</a>"#), units)
        XCTAssertEqual(PortalPageText.rows(html, caption: "Bảng xếp hạng đảng bộ cơ sở năm 2024")
            .map { "\($0[cell: 0]) \($0[cell: 1]) \($0[cell: 8]) \($0[cell: 9]) \($0[cell: 11])" }, [
                "1 Đảng bộ xã Long Thạnh 92 Hoàn thành xuất sắc nhiệm vụ — Chưa đạt",
                "2 Đảng bộ xã Ấp Bắc 86 Hoàn thành tốt nhiệm vụ ✓ Đảng bộ cơ sở 4 tốt",
                "2 Đảng bộ xã Bình Minh 86 Hoàn thành tốt nhiệm vụ ✓ Đảng bộ cơ sở 4 tốt",
            ])
        XCTAssertTrue(units.contains(#"<a href="../../don-vi/xa-c/index.html">Đảng bộ xã Long Thạnh</a>"#),
                      "each unit links to its portal")
        let text = PortalPageText.text(units)
        XCTAssertTrue(text.contains("03/03 đảng bộ cơ sở hoàn thành tốt nhiệm vụ trở lên, trong đó 01 đảng bộ cơ sở "
                                    + "hoàn thành xuất sắc nhiệm vụ (33,3 %). "
                                    + "02 đảng bộ cơ sở đạt danh hiệu “Đảng bộ cơ sở 4 tốt”."), text)
        let titles = PortalPageText.section(html, id: "dang-bo-4-tot")
        XCTAssertEqual(PortalPageText.text(titles), "Danh hiệu “Đảng bộ cơ sở 4 tốt” năm 2024 Đảng bộ xã Ấp Bắc Đảng bộ xã Bình Minh")
        XCTAssertTrue(titles.contains(#"<a href="../../don-vi/xa-b/index.html">Đảng bộ xã Ấp Bắc</a>"#), titles)
        XCTAssertEqual(section(html, "bang-vang-don-vi"),
                       "Bảng vàng đảng bộ cơ sở nhiều năm liền "
                           + "Hoàn thành tốt nhiệm vụ trở lên nhiều năm liền "
                           + "Đảng bộ xã Bình Minh: Hoàn thành tốt nhiệm vụ trở lên 03 năm liền (2022–2024) "
                           + "Đảng bộ xã Long Thạnh: Hoàn thành tốt nhiệm vụ trở lên 03 năm liền (2022–2024)")
        XCTAssertEqual(PortalPageText.rows(html, caption: "Bảng xếp hạng thi đua năm 2024").map { "\($0[cell: 0]) \($0[cell: 1])" },
                       ["1 Chi bộ Cơ quan Huyện ủy"], "the chi bộ trực thuộc keep their own ranking below")
        XCTAssertEqual(html.matches(of: #/ id="hien-diem-tieu-chi[^"]*"/#).map { String($0.output) },
                       [#" id="hien-diem-tieu-chi-don-vi""#, #" id="hien-diem-tieu-chi""#], "each table's box has an id of its own")
    }

    /// 2023, when only the units were scored (Ấp Bắc left out): the year has its page and its
    /// line in the archive's index; Bình Minh's two years at xuất sắc are on the roll, Long Thạnh's
    /// two at tốt or better. A year the district scored only its own branches says the units were not.
    func testAYearWithOnlyTheUnitsScoredHasItsPageAndItsLineInTheIndex() throws {
        let ownScores = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/content/evaluations/2024.yaml"),
                                   encoding: .utf8)
        let (site, _) = try build(Self.earlierYears.merging(["content/evaluations/2025.yaml": ownScores]) { $1 })
        let html = DistrictFixture.page(site, "luu-tru/2023/index.html")
        XCTAssertEqual(unitRows(html, 2023), ["1 Đảng bộ xã Bình Minh 93", "2 Đảng bộ xã Long Thạnh 75"])
        XCTAssertTrue(section(html, "xep-hang-don-vi").contains(
            "Đã chấm điểm 02/03 đảng bộ cơ sở; chưa có điểm: Đảng bộ xã Ấp Bắc. "
                + "02/02 đảng bộ cơ sở hoàn thành tốt nhiệm vụ trở lên, trong đó 01 đảng bộ cơ sở hoàn thành xuất sắc nhiệm vụ (50,0 %). "
                + "Không có đảng bộ cơ sở nào đạt danh hiệu “Đảng bộ cơ sở 4 tốt”."))
        XCTAssertEqual(section(html, "dang-bo-4-tot"),
                       "Danh hiệu “Đảng bộ cơ sở 4 tốt” năm 2023 Không có đảng bộ cơ sở nào đạt danh hiệu “Đảng bộ cơ sở 4 tốt”.")
        XCTAssertEqual(section(html, "bang-vang-don-vi"),
                       "Bảng vàng đảng bộ cơ sở nhiều năm liền "
                           + "Hoàn thành xuất sắc nhiệm vụ nhiều năm liền "
                           + "Đảng bộ xã Bình Minh: Hoàn thành xuất sắc nhiệm vụ 02 năm liền (2022–2023) "
                           + "Hoàn thành tốt nhiệm vụ trở lên nhiều năm liền "
                           + "Đảng bộ xã Long Thạnh: Hoàn thành tốt nhiệm vụ trở lên 02 năm liền (2022–2023)")
        XCTAssertEqual(section(html, "xep-hang"),
                       "Kết quả xếp hạng chi bộ trực thuộc Chưa có kết quả chấm điểm thi đua chi bộ trực thuộc năm 2023.")
        XCTAssertFalse(html.contains("id=\"bon-tot\""), "no branch titles without the branches' scores")

        let index = DistrictFixture.page(site, "luu-tru/index.html")
        let years = index.matches(of: #/<h2><a href="([^"]*)">([^<]*)</a></h2>/#).map { "\($0.output.2) \($0.output.1)" }
        XCTAssertEqual(years, ["Năm 2025 ../luu-tru/2025/index.html", "Năm 2024 ../luu-tru/2024/index.html",
                               "Năm 2023 ../luu-tru/2023/index.html", "Năm 2022 ../luu-tru/2022/index.html"])
        XCTAssertTrue(PortalPageText.text(index).contains("Năm 2023 Đã chấm điểm 02/03 đảng bộ cơ sở; chưa có điểm: "
                                                          + "Đảng bộ xã Ấp Bắc. 02/02 đảng bộ cơ sở hoàn thành tốt nhiệm vụ trở lên"),
                      PortalPageText.text(index))

        let ownOnly = DistrictFixture.page(site, "luu-tru/2025/index.html")
        XCTAssertEqual(section(ownOnly, "xep-hang-don-vi"),
                       "Kết quả xếp hạng đảng bộ cơ sở Chưa có kết quả chấm điểm thi đua đảng bộ cơ sở năm 2025.")
        XCTAssertFalse(ownOnly.contains("id=\"dang-bo-4-tot\""))
        XCTAssertFalse(ownOnly.contains("id=\"bang-vang-don-vi\""))
    }

    /// Long Thạnh merged into Bình Minh in July 2024: the year's archive marks it, as the unit
    /// ranking does, in the table and on the roll; 2023, which it lived through, does not.
    func testAUnitMergedDuringTheYearIsMarkedInTheArchive() throws {
        let (site, _) = try build(Self.earlierYears.merging([
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: "- { id: xa-c, path: ./xa-c/, dissolved: 2024-07-01, merged_into: xa-a }"),
        ]) { $1 })
        let html = DistrictFixture.page(site, "luu-tru/2024/index.html")
        let mark = #"<span class="ended-mark">(đã sáp nhập vào <a href="../../don-vi/xa-a/index.html">Đảng bộ xã Bình Minh</a>)</span>"#
        XCTAssertTrue(PortalPageText.section(html, id: "xep-hang-don-vi").contains(
            #"<a href="../../don-vi/xa-c/index.html">Đảng bộ xã Long Thạnh</a> "# + mark + "</th>"), html)
        XCTAssertTrue(PortalPageText.section(html, id: "bang-vang-don-vi").contains(
            #"<a href="../../don-vi/xa-c/index.html">Đảng bộ xã Long Thạnh</a> "# + mark
                + #": Hoàn thành tốt nhiệm vụ trở lên 03 năm liền <span class="year-range">(2022–2024)</span>"#))
        XCTAssertFalse(DistrictFixture.page(site, "luu-tru/2023/index.html").contains("ended-mark"))
    }

    /// An edit of a unit's scores, and a year of them added, change the archive's pages as a
    /// clean build makes them: Bình Minh raised to xuất sắc in 2024 is on the roll for two years.
    func testAUnitEvaluationEditGivesTheArchiveOfACleanBuild() throws {
        let site = try DistrictFixture.prepare(for: self, changes: ["content/unit-evaluations/2023.yaml": Self.unitScores2023])
        let outcome = try assertIncrementalEqualsClean(site: site) { site in
            try site.replace("xa-a: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }",
                             with: "xa-a: { chinh-tri: 28, xay-dung-dang: 28, doan-ket: 18, can-bo: 18 }",
                             in: "content/unit-evaluations/2024.yaml")
            try site.write("content/unit-evaluations/2022.yaml", Self.unitScores2022)
        }
        XCTAssertEqual(section(outcome.after.text("luu-tru/2024/index.html") ?? "", "bang-vang-don-vi"),
                       "Bảng vàng đảng bộ cơ sở nhiều năm liền "
                           + "Hoàn thành xuất sắc nhiệm vụ nhiều năm liền "
                           + "Đảng bộ xã Bình Minh: Hoàn thành xuất sắc nhiệm vụ 03 năm liền (2022–2024) "
                           + "Hoàn thành tốt nhiệm vụ trở lên nhiều năm liền "
                           + "Đảng bộ xã Long Thạnh: Hoàn thành tốt nhiệm vụ trở lên 03 năm liền (2022–2024)")
        XCTAssertNotNil(outcome.after.text("luu-tru/2022/index.html"), "the year added has its page")
    }

    /// A province ranks its districts the same way, as its đảng bộ trực thuộc: its archive's year, which only its units'
    /// scores make, shows their ranking, each district linked to its portal; the district's own
    /// archive inside it links its communes.
    func testAProvincesArchiveHoldsItsDistrictsRanking() throws {
        let built = try ProvinceFixture.build(for: self, files: ["content/unit-evaluations/2024.yaml": """
            scores:
              giong-rieng: { chinh-tri: 27, xay-dung-dang: 27, doan-ket: 18, can-bo: 18 }

            """])
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        let html = built.page("luu-tru/2024/index.html")
        XCTAssertEqual(unitRows(html, 2024, units: "đảng bộ trực thuộc"), ["1 Đảng bộ huyện Giồng Riềng 90"], "a district is no đảng bộ cơ sở")
        XCTAssertTrue(html.contains(#"<a href="../../don-vi/giong-rieng/index.html">Đảng bộ huyện Giồng Riềng</a>"#))
        XCTAssertTrue(PortalPageText.text(built.page("luu-tru/index.html"))
            .contains("Năm 2024 01/01 đảng bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên"), "a year only the units' scores make")
        let district = built.page("don-vi/giong-rieng/luu-tru/2024/index.html")
        XCTAssertTrue(district.contains(#"<a href="../../don-vi/xa-c/index.html">Đảng bộ xã Long Thạnh</a>"#), district)
        XCTAssertTrue(district.contains(#"<a href="../../xep-hang-don-vi/2024/index.html">Xếp hạng đảng bộ cơ sở năm 2024</a>"#))
    }
}
