import BonTotKit
import Foundation
import XCTest

/// A unit merged into another in the middle of a period it is still ranked for: the district's
/// ranking of units marks its row "(đã sáp nhập vào Đảng bộ xã …)", as a ranking of branches
/// marks a merged branch, in the table, the chart, the list of those missing the title and the
/// CSV (its last column "Tình trạng"),
/// and so does the bulletin of the month the period closes; a unit that saw the whole period
/// stays unmarked.
final class EndedUnitRankingTests: XCTestCase {
    /// The district with Long Thạnh (`xa-c`) merged into Bình Minh (`xa-a`) on `day`, still
    /// scored for 2024.
    private func build(mergedOn day: String) throws -> IncrementalSite {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "site.yaml": DistrictFixture.siteYAML(thirdUnit: "- { id: xa-c, path: ./xa-c/, dissolved: \(day), merged_into: xa-a }"),
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        return site
    }

    func testAUnitMergedDuringThePeriodIsMarkedInTheTableTheChartAndTheCSV() throws {
        let site = try build(mergedOn: "2024-07-01")
        let page = DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html")
        XCTAssertTrue(page.contains("<a href=\"../../don-vi/xa-c/index.html\">Đảng bộ xã Long Thạnh</a> <span class=\"ended-mark\">"
                                    + "(đã sáp nhập vào <a href=\"../../don-vi/xa-a/index.html\">Đảng bộ xã Bình Minh</a>)</span></th>"), page)
        XCTAssertTrue(page.contains("1. Đảng bộ xã Long Thạnh (đã sáp nhập vào Đảng bộ xã Bình Minh): 92 điểm"), "the chart's description: \(page)")
        XCTAssertTrue(page.contains("<li><strong>Đảng bộ xã Long Thạnh</strong> <span class=\"ended-mark\">(đã sáp nhập vào "
                                    + "<a href=\"../../don-vi/xa-a/index.html\">Đảng bộ xã Bình Minh</a>)</span>: chỉ 50,0"),
                      "the list of those missing the title, with why: \(page)")
        XCTAssertEqual(page.components(separatedBy: "ended-mark").count, 3, "no other row is marked")
        XCTAssertTrue(DistrictFixture.page(site, "xep-hang-don-vi/index.html").contains(
            "<a href=\"../don-vi/xa-c/index.html\">Đảng bộ xã Long Thạnh</a> <span class=\"ended-mark\">"), "the latest one too")

        let csv = DistrictFixture.page(site, "xep-hang-don-vi/2024/bang-xep-hang.csv").components(separatedBy: "\r\n")
        XCTAssertTrue(csv[0].hasSuffix(";Đảng bộ cơ sở 4 tốt;Ghi chú;Tình trạng"), csv[0])
        XCTAssertEqual(csv[1], "1;Đảng bộ xã Long Thạnh;28;28;18;18;0;0;92;Hoàn thành xuất sắc nhiệm vụ;50;Chưa đạt;;Đã sáp nhập vào Đảng bộ xã Bình Minh")
        XCTAssertTrue(csv[2].hasSuffix(";Đạt;;"), "an empty cell on the others: \(csv[2])")

        let page12 = DistrictFixture.page(site, "ban-tin/2024-12/index.html")
        let units = try XCTUnwrap(page12.range(of: "aria-labelledby=\"xep-loai-don-vi\""), page12)
        let bulletin = page12[units.lowerBound...].components(separatedBy: "</section>")[0]
        XCTAssertTrue(bulletin.contains("<a href=\"../../don-vi/xa-c/index.html\">Đảng bộ xã Long Thạnh</a> <span class=\"ended-mark\">"
                                        + "(đã sáp nhập vào <a href=\"../../don-vi/xa-a/index.html\">Đảng bộ xã Bình Minh</a>)</span></th>"), bulletin)
    }

    func testAUnitThatSawTheWholePeriodIsNotMarked() throws {
        let site = try build(mergedOn: "2025-01-01")
        XCTAssertFalse(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html").contains("sáp nhập vào Đảng bộ xã Bình Minh)"))
        XCTAssertFalse(DistrictFixture.page(site, "xep-hang-don-vi/2024/bang-xep-hang.csv").contains("Tình trạng"))
        XCTAssertFalse(DistrictFixture.page(site, "ban-tin/2024-12/index.html").contains("ended-mark"))
    }
}
