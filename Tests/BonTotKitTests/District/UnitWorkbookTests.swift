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
}
