import BonTotKit
import Foundation
import XCTest

/// A unit founded on a day (`founded:` on its `units:` entry), as the communes made of merged ones
/// were on 01/07/2025: the district counts it in no month before its founding month, a ranking of
/// a period closing before then neither expects nor ranks it (its scores there a warning on the
/// row), `/don-vi/` says when it was founded, and a founding day after its `dissolved` is an error
/// on the entry (SPEC §7).
final class FoundedUnitTests: XCTestCase {
    /// The district with Long Thạnh (`xa-c`, line 8 of `site.yaml`) founded on `founded`, and
    /// `firstUnit` as Bình Minh's entry.
    private func build(founded: String, firstUnit: String = "- { id: xa-a, path: xa-a }") throws -> (site: IncrementalSite, report: BuildReport) {
        let yaml = DistrictFixture.siteYAML(thirdUnit: "- { id: xa-c, path: ./xa-c/, founded: \(founded) }")
            .replacingOccurrences(of: "- { id: xa-a, path: xa-a }", with: firstUnit)
        return try DistrictFixture.build(for: self, changes: ["site.yaml": yaml])
    }

    func testTheMonthsBeforeItsFoundingCountNoneOfItAndItsMeetingThenIsAWarning() throws {
        // Founded on 1 October 2024: its meeting of September is not the district's.
        let (site, report) = try build(founded: "2024-10-01")
        XCTAssertTrue(report.succeeded, report.problems)
        let bulletin = PortalPageText.text(DistrictFixture.page(site, "ban-tin/2024-09/index.html"))
        XCTAssertTrue(bulletin.contains("các chi bộ trong toàn Đảng bộ tổ chức 03 cuộc sinh hoạt, họp"), bulletin)
        XCTAssertTrue(bulletin.contains("Các đảng bộ cơ sở trong tháng"), bulletin)
        XCTAssertFalse(bulletin.contains("Đảng bộ xã Long Thạnh:"), bulletin)
        let figures = PortalPageText.text(PortalPageText.section(DistrictFixture.page(site, "index.html"), id: "so-lieu"))
        XCTAssertTrue(figures.contains("03 buổi sinh hoạt tháng 9 năm 2024"), figures)
        XCTAssertTrue(figures.hasSuffix("(03/06 chi bộ đã có biên bản)"), "Long Thạnh's 2 branches were not yet the district's: \(figures)")
        XCTAssertTrue(report.diagnostics.sorted.map(\.description).contains(
            "site.yaml:8: warning: đơn vị 'xa-c' (Đảng bộ xã Long Thạnh) có biên bản sinh hoạt tháng 9 năm 2024, trước ngày thành lập "
                + "(ngày 01 tháng 10 năm 2024), không được tính vào số liệu toàn Đảng bộ; hãy kiểm tra lại ngày thành lập "
                + "/ the unit has meetings before it was founded"
        ), report.problems)

        // The ranking of 2024 closes after its founding: it is ranked there, and counts today.
        let ranking = PortalPageText.text(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html"))
        XCTAssertTrue(ranking.contains("Đảng bộ xã Long Thạnh"), ranking)
        XCTAssertFalse(report.diagnostics.sorted.contains { $0.description.contains("thành lập từ") }, report.problems)
        let directory = DistrictFixture.page(site, "don-vi/index.html")
        XCTAssertTrue(directory.contains(">Đảng bộ xã Long Thạnh</a><br><span class=\"meta\">Thành lập ngày 01/10/2024</span></th>"), directory)
        XCTAssertEqual(directory.components(separatedBy: "Thành lập ngày").count, 2, "only the unit that gives the day says it")
        let text = PortalPageText.text(directory)
        XCTAssertTrue(text.contains("Đảng bộ huyện Giồng Riềng có 04 tổ chức cơ sở đảng (03 đảng bộ, 01 chi bộ trực thuộc)"), text)
    }

    /// The 2025 case: Bình Minh merged into Long Thạnh, a new đảng bộ founded on the day of the
    /// merger, which the 2024 table still scores on its line 9.
    func testAUnitFoundedAfterAPeriodIsNeitherExpectedNorRankedInItAndItsScoresAreAWarning() throws {
        let (site, report) = try build(founded: "2025-07-01",
                                       firstUnit: "- { id: xa-a, path: xa-a, dissolved: 2025-07-01, merged_into: xa-c }")
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertFalse(report.diagnostics.sorted.contains { $0.description.contains("error") }, "the merger into a new unit is fine: \(report.problems)")
        XCTAssertTrue(report.diagnostics.sorted.map(\.description).contains(
            "content/unit-evaluations/2024.yaml:9: warning: đảng bộ cơ sở 'xa-c' (Đảng bộ xã Long Thạnh) thành lập từ ngày 01 tháng 7 "
                + "năm 2025 (founded: ở site.yaml:8), sau kỳ 2024: điểm này không được xếp hạng; hãy xóa dòng này hoặc kiểm tra lại "
                + "ngày thành lập / the unit was founded after the period ended; its scores are not ranked"
        ), report.problems)
        XCTAssertFalse(report.diagnostics.sorted.contains { $0.description.contains("chưa chấm điểm chi bộ nào") }, report.problems)

        let ranking = PortalPageText.text(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html"))
        XCTAssertFalse(ranking.contains("Long Thạnh"), ranking)
        XCTAssertFalse(ranking.contains("chưa có điểm"), ranking)
        let csv = DistrictFixture.page(site, "xep-hang-don-vi/2024/bang-xep-hang.csv")
        XCTAssertFalse(csv.contains("Long Thạnh"), csv)
        let bulletin = PortalPageText.text(DistrictFixture.page(site, "ban-tin/2024-12/index.html"))
        XCTAssertTrue(bulletin.contains("Kết quả xếp loại đảng bộ cơ sở năm 2024 02/02 đảng bộ cơ sở hoàn thành tốt nhiệm vụ trở lên"), bulletin)

        let directory = PortalPageText.text(DistrictFixture.page(site, "don-vi/index.html"))
        XCTAssertTrue(directory.contains("Đảng bộ xã Long Thạnh Thành lập ngày 01/07/2025 2 "), directory)
        XCTAssertTrue(directory.contains("Đảng bộ xã Bình Minh: Đảng bộ đã sáp nhập vào Đảng bộ xã Long Thạnh từ ngày 01 tháng 7 năm 2025"),
                      directory)
    }

    func testAFoundingDayAfterItsDissolutionIsAnErrorOnTheEntry() throws {
        let yaml = DistrictFixture.siteYAML(thirdUnit: "- { id: xa-c, path: ./xa-c/, founded: 2025-07-01, dissolved: 2024-10-01 }")
        let (_, report) = try DistrictFixture.build(for: self, changes: ["site.yaml": yaml])
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.diagnostics.sorted.contains {
            $0.description == "site.yaml:8: error: ngày giải thể ngày 01 tháng 10 năm 2024 không sau ngày thành lập "
                + "ngày 01 tháng 7 năm 2025 / dissolved must be after founded" && $0.field == "units.xa-c.dissolved"
        }, report.problems)
    }

    func testTheFoundingDayComesOnARebuild() throws {
        let site = try DistrictFixture.prepare(for: self)
        XCTAssertTrue(site.build().succeeded)
        XCTAssertFalse(DistrictFixture.page(site, "don-vi/index.html").contains("Thành lập ngày"))
        try site.write("site.yaml", DistrictFixture.siteYAML(thirdUnit: "- { id: xa-c, path: ./xa-c/, founded: 2024-10-01 }"))
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertTrue(DistrictFixture.page(site, "don-vi/index.html").contains("Thành lập ngày 01/10/2024"))
        XCTAssertTrue(PortalPageText.text(DistrictFixture.page(site, "ban-tin/2024-09/index.html"))
            .contains("các chi bộ trong toàn Đảng bộ tổ chức 03 cuộc sinh hoạt, họp"), "the bulletin of September is rebuilt")
    }
}
