import BonTotKit
import Foundation
import XCTest

/// A district's unit scores straight from Excel (`unit-evaluations/2024.xlsx`, a merged title row
/// above the header, a score typed as text) rank the units as the same scores in YAML do.
final class UnitWorkbookTests: XCTestCase {
    private func rankingRows(_ page: String) -> String {
        let body = page.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tbody>").first ?? ""
        return body.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func testAWorkbookOfUnitScoresRanksTheUnitsAsYAMLDoes() throws {
        let (yamlSite, yamlReport) = try DistrictFixture.build(for: self)
        XCTAssertTrue(yamlReport.succeeded, yamlReport.problems)
        let expected = rankingRows(DistrictFixture.page(yamlSite, "xep-hang-don-vi/2024/index.html"))
        XCTAssertFalse(expected.isEmpty)

        let site = try DistrictFixture.prepare(for: self, changes: ["content/unit-evaluations/2024.yaml": nil])
        let workbook = BuiltSite.fixtures.deletingLastPathComponent().appending(path: "office/unit-scores-2024.xlsx")
        try site.write("content/unit-evaluations/2024.xlsx", try Data(contentsOf: workbook))
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(rankingRows(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html")), expected)
    }

    /// Units written by their names in the district's table ("Đảng bộ xã Bình Minh", "Xã Ấp
    /// Bắc") were "unknown unit" each, where branches written by name are read: a name matching
    /// one unit's `organization` now is, with or without "Đảng bộ".
    func testUnitsWrittenByTheirNamesAreRead() throws {
        let (yamlSite, yamlReport) = try DistrictFixture.build(for: self)
        XCTAssertTrue(yamlReport.succeeded, yamlReport.problems)
        let expected = rankingRows(DistrictFixture.page(yamlSite, "xep-hang-don-vi/2024/index.html"))
        let site = try DistrictFixture.prepare(for: self, changes: [
            "content/unit-evaluations/2024.yaml": nil,
            "content/unit-evaluations/2024.csv": """
                STT;Đơn vị;chinh-tri;xay-dung-dang;doan-ket;can-bo
                1;Đảng bộ xã Bình Minh;26;26;17;17
                2;Xã Ấp Bắc;25;27;17;17
                3;xa-c;28;28;18;18

                """,
        ])
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(rankingRows(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html")), expected)
    }
}
