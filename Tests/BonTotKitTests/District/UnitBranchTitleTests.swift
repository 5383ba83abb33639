import BonTotKit
import Foundation
import XCTest

/// A unit whose own scale names its branches' title (`four_good.title: Chi bộ trong sạch, vững
/// mạnh`): the district's words about the share of its branches holding it name that title,
/// as the unit's own pages do, not "Chi bộ 4 tốt".
final class UnitBranchTitleTests: XCTestCase {
    /// The scale of the district's communes, naming its title.
    private static func rubric() throws -> String {
        let scale = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/xa-c/content/rubric.yaml"), encoding: .utf8)
        let titled = scale.replacingOccurrences(of: "four_good: { ", with: "four_good: { title: \"Chi bộ trong sạch, vững mạnh\", ")
        XCTAssertNotEqual(titled, scale, "the commune's scale has no four_good line to name the title in")
        return titled
    }

    /// Why the unit misses its own title on the district's ranking page.
    func testTheReasonAUnitMissesItsTitleNamesItsBranchesTitle() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: ["xa-c/content/rubric.yaml": try Self.rubric()])
        XCTAssertTrue(report.succeeded, report.problems)
        let text = PortalPageText.text(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html"))
        XCTAssertTrue(text.contains("Đảng bộ xã Long Thạnh: chỉ 50,0 % chi bộ đạt “Chi bộ trong sạch, vững mạnh”, dưới mức 60 %."), text)
    }

    /// The warning on a unit scored by the district without branch scores for the period.
    func testTheWarningOnAUnitWithoutBranchScoresNamesItsBranchesTitle() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: ["xa-b/content/evaluations/2024.yaml": nil,
                                                                          "xa-b/content/rubric.yaml": try Self.rubric()])
        XCTAssertTrue(report.succeeded, report.problems)
        assertDiagnostics(report.diagnostics, [
            .warning("content/unit-evaluations/2024.yaml", 4,
                     "nên không xét được tỷ lệ chi bộ đạt “Chi bộ trong sạch, vững mạnh” (cần 60,0 %)"),
        ])
    }
}
