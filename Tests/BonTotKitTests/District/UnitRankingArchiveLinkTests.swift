import BonTotKit
import Foundation
import XCTest

/// A district's yearly ranking of its units (`/xep-hang-don-vi/<yyyy>/`, and `/xep-hang-don-vi/`
/// when it is the latest) links the year's archive beside its CSV, in the words of the branches'
/// ranking ("Thành tích năm 2024"), since that year's archive opens with the same ranking. A
/// quarter's ranking has no archive page and no such link. Before, only the branches' ranking
/// linked it.
///
/// The fixture district (`DistrictFixture`) scores its units in 2024; the tests add 2023 (scored
/// for the units only) and the third quarter of 2024.
final class UnitRankingArchiveLinkTests: XCTestCase {
    static let unitScoresQ3 = """
        scores:
          xa-a: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }
          xa-c: { chinh-tri: 28, xay-dung-dang: 28, doan-ket: 18, can-bo: 18 }

        """

    private func build() throws -> IncrementalSite {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "content/unit-evaluations/2023.yaml": DistrictArchiveTests.unitScores2023,
            "content/unit-evaluations/2024-q3.yaml": Self.unitScoresQ3,
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        return site
    }

    /// The links of the actions above the table of the unit ranking page at `path`, as
    /// "label → output file it leads to".
    private func actions(_ site: IncrementalSite, _ path: String, file: StaticString = #filePath,
                         line: UInt = #line) -> [String] {
        let html = DistrictFixture.page(site, path, file: file, line: line)
        let section = PortalPageText.section(html, id: "bang-xep-hang")
        guard let list = section.firstMatch(of: #/<ul class="actions">(.*?)</ul>/#.dotMatchesNewlines()) else {
            XCTFail("no actions above the table of \(path)", file: file, line: line)
            return []
        }
        return list.output.1.matches(of: #/<a href="([^"]*)"[^>]*>([^<]*)</a>/#).map { match in
            "\(match.output.2) → \(LinkExtractor.target(String(match.output.1), from: path) ?? "above the output")"
        }
    }

    private func assertExists(_ site: IncrementalSite, _ path: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appending(path: path).path),
                      "\(path) is written", file: file, line: line)
    }

    /// A year's ranking links its archive, which exists: 2024, scored for both, and 2023, scored
    /// for the units only; the index shows 2024, the latest, with the same link.
    func testAYearlyUnitRankingLinksItsYearsArchive() throws {
        let site = try build()
        for (page, year) in [("xep-hang-don-vi/2024/index.html", 2024), ("xep-hang-don-vi/2023/index.html", 2023),
                             ("xep-hang-don-vi/index.html", 2024)] {
            let links = actions(site, page)
            XCTAssertEqual(links.filter { $0.hasPrefix("Thành tích") }, ["Thành tích năm \(year) → luu-tru/\(year)/index.html"], page)
            assertExists(site, "luu-tru/\(year)/index.html")
        }
        let html = DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html")
        XCTAssertTrue(html.contains(#"<li><a href="../../luu-tru/2024/index.html">Thành tích năm 2024</a></li>"#),
                      "in the words and place of the branches' ranking")
    }

    /// A quarter's ranking has no archive page to link: only its CSV.
    func testAQuarterUnitRankingHasNoArchiveLink() throws {
        let site = try build()
        XCTAssertEqual(actions(site, "xep-hang-don-vi/2024-q3/index.html"),
                       ["Tải bảng xếp hạng (tệp CSV, mở bằng Excel) → xep-hang-don-vi/2024-q3/bang-xep-hang.csv"])
        let html = DistrictFixture.page(site, "xep-hang-don-vi/2024-q3/index.html")
        XCTAssertFalse(html.contains("luu-tru/2024/"), "no year's archive linked (the menu's archive index aside)")
    }
}
