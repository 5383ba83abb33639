import BonTotKit
import Foundation
import XCTest

/// A unit whose own scale names its branches' title (`four_good.title: Chi bộ trong sạch, vững
/// mạnh`): the district's words about the share of its branches holding it name that title,
/// as the unit's own pages do, not "Chi bộ 4 tốt".
final class UnitBranchTitleTests: XCTestCase {
    private static let rubric = """
        scale: 100
        criteria:
          - { id: chinh-tri, name: Lãnh đạo hoàn thành tốt nhiệm vụ chính trị, max: 30 }
          - { id: sinh-hoat, name: Chất lượng sinh hoạt tốt, max: 30 }
          - { id: doan-ket, name: "Đoàn kết, kỷ luật tốt", max: 20 }
          - { id: dang-vien, name: "Cán bộ, đảng viên tốt", max: 20 }
        levels:
          - { id: xuat-sac,         name: Hoàn thành xuất sắc nhiệm vụ, min: 90 }
          - { id: tot,              name: Hoàn thành tốt nhiệm vụ,      min: 70 }
          - { id: hoan-thanh,       name: Hoàn thành nhiệm vụ,          min: 50 }
          - { id: khong-hoan-thanh, name: Không hoàn thành nhiệm vụ,    min: 0 }
        four_good: { title: "Chi bộ trong sạch, vững mạnh", min_share_each: 0.8, min_level: tot, no_violations: true }
        """

    /// Why the unit misses its own title on the district's ranking page.
    func testTheReasonAUnitMissesItsTitleNamesItsBranchesTitle() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: ["xa-c/content/rubric.yaml": Self.rubric])
        XCTAssertTrue(report.succeeded, report.problems)
        let text = PortalPageText.text(DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html"))
        XCTAssertTrue(text.contains("Đảng bộ xã Long Thạnh: chỉ 50,0 % chi bộ đạt “Chi bộ trong sạch, vững mạnh”, dưới mức 60 %."), text)
    }

    /// The warning on a unit scored by the district without branch scores for the period.
    func testTheWarningOnAUnitWithoutBranchScoresNamesItsBranchesTitle() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: ["xa-b/content/evaluations/2024.yaml": nil,
                                                                          "xa-b/content/rubric.yaml": Self.rubric])
        XCTAssertTrue(report.succeeded, report.problems)
        assertDiagnostics(report.diagnostics, [
            .warning("content/unit-evaluations/2024.yaml", 4,
                     "nên không xét được tỷ lệ chi bộ đạt “Chi bộ trong sạch, vững mạnh” (cần 60,0 %)"),
        ])
    }
}
