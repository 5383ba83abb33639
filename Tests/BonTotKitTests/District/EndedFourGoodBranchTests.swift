import BonTotKit
import Foundation
import XCTest

/// A branch holding "Chi bộ 4 tốt" in a period it did not see to its end: the district's lists
/// of every "Chi bộ 4 tốt" branch, unit by unit (`/xep-hang-don-vi/<period>/` and the bulletin of
/// the month the period closes), mark it "(đã sáp nhập vào Chi bộ …)" or "(đã giải thể)" as the
/// rankings mark its row; one that saw the whole period stays unmarked.
final class EndedFourGoodBranchTests: XCTestCase {
    /// The district with Bình Minh's Chi bộ ấp Hai (`xa-a/ap-2`) merged into Chi bộ ấp Một on
    /// `merged`, and its own Chi bộ Cơ quan Huyện ủy dissolved on `dissolved`.
    private func build(merged: String, dissolved: String) throws -> IncrementalSite {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            DistrictFixture.mergedApHaiFile: DistrictFixture.mergedApHai(on: merged),
            "content/branches/co-quan-huyen-uy.yaml": """
                name: Chi bộ Cơ quan Huyện ủy
                kind: co-quan
                secretary: Nguyễn Văn Hòa
                members: { official: 30, probationary: 2 }
                dissolved: \(dissolved)

                """,
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        return site
    }

    /// The list of "Chi bộ 4 tốt" branches in the page at `path` of `site`.
    private func fourGood(_ site: IncrementalSite, _ path: String) -> String {
        let page = DistrictFixture.page(site, path)
        guard let start = page.range(of: "aria-labelledby=\"chi-bo-4-tot\"") else { return "" }
        return page[start.lowerBound...].components(separatedBy: "</section>")[0]
    }

    /// What follows the last branch of a unit: the end of its list item, after a full stop in the
    /// bulletin, whose units' branches run on in one line each.
    private static func lineEnd(_ path: String) -> String {
        path.hasPrefix("ban-tin/") ? ".</li>" : "</li>"
    }

    func testABranchEndedDuringThePeriodIsMarkedInTheListsOfEveryUnit() throws {
        let site = try build(merged: "2024-07-01", dissolved: "2024-10-01")
        for path in ["xep-hang-don-vi/2024/index.html", "ban-tin/2024-12/index.html"] {
            let list = fourGood(site, path)
            let end = Self.lineEnd(path)
            XCTAssertTrue(list.contains("<a href=\"../../don-vi/xa-a/chi-bo/ap-2/index.html\">Chi bộ ấp Hai</a> <span class=\"ended-mark\">"
                                        + "(đã sáp nhập vào <a href=\"../../don-vi/xa-a/chi-bo/ap-1/index.html\">Chi bộ ấp Một</a>)</span>\(end)"),
                          "\(path): \(list)")
            XCTAssertTrue(list.contains("<a href=\"../../chi-bo/co-quan-huyen-uy/index.html\">Chi bộ Cơ quan Huyện ủy</a> "
                                        + "<span class=\"ended-mark\">(đã giải thể)</span>\(end)"), "\(path): \(list)")
            XCTAssertEqual(list.components(separatedBy: "ended-mark").count, 3, "no other branch is marked: \(list)")
        }
        XCTAssertTrue(fourGood(site, "xep-hang-don-vi/index.html").contains(
            "<a href=\"../don-vi/xa-a/chi-bo/ap-2/index.html\">Chi bộ ấp Hai</a> <span class=\"ended-mark\">"), "the latest one too")
    }

    func testABranchThatSawTheWholePeriodIsNotMarked() throws {
        let site = try build(merged: "2025-01-01", dissolved: "2025-01-01")
        for path in ["xep-hang-don-vi/2024/index.html", "ban-tin/2024-12/index.html"] {
            let list = fourGood(site, path)
            XCTAssertTrue(list.contains("Chi bộ ấp Hai</a>\(Self.lineEnd(path))"), "\(path): \(list)")
            XCTAssertFalse(list.contains("ended-mark"), "\(path): \(list)")
        }
    }
}
