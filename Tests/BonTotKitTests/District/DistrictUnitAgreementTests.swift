import BonTotKit
import Foundation
import XCTest

/// A unit that does not agree with the district listing it: a folder that is a unit at two
/// levels (counted twice), a unit whose `site.yaml` names another committee above it, a unit
/// with no branch scores for the period the district scores it in.
final class DistrictUnitAgreementTests: XCTestCase {
    /// A commune listing, as a unit of its own, a folder the district lists already: its branches
    /// and members would be counted twice in the district's figures. An error at the commune's
    /// entry, and the previous output is left as it was.
    func testAFolderThatIsAUnitAtTwoLevelsIsAnErrorAndTheOutputIsKept() throws {
        let (site, first) = try DistrictFixture.build(for: self)
        XCTAssertTrue(first.succeeded, first.problems)
        let before = try FolderFiles.bytes(in: site.output)
        try site.write("xa-a/site.yaml", """
            title: Cổng thông tin Đảng bộ xã Bình Minh
            organization: Đảng bộ xã Bình Minh
            parent: Đảng bộ huyện Giồng Riềng
            place: Bình Minh
            units:
              - { id: ap-bac-lan-hai, path: ../xa-b }
            """)
        let report = site.build()
        XCTAssertFalse(report.succeeded)
        assertDiagnostics(report.diagnostics, [
            .error("xa-a/site.yaml", 6, "thư mục '../xa-b' (xa-b/) đã là đơn vị 'xa-b' (site.yaml:7)"),
            .warning("xa-a/site.yaml", 6, "the unit's parent differs from this site's organization"),
        ])
        XCTAssertEqual(try FolderFiles.bytes(in: site.output), before, "a failed build leaves the output as it was")
    }

    /// A commune whose `site.yaml` names another district as its `parent`: its bulletins in the
    /// district's portal would print that district. A warning at the district's entry that names
    /// the commune's file; the portal still builds.
    func testAUnitNamingAnotherCommitteeAboveItIsWarnedAtItsEntry() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: ["xa-c/site.yaml": """
            title: Cổng thông tin Đảng bộ xã Long Thạnh
            organization: Đảng bộ xã Long Thạnh
            parent: Đảng bộ huyện Châu Thành
            place: Long Thạnh
            """])
        XCTAssertTrue(report.succeeded, report.problems)
        assertDiagnostics(report.diagnostics, [
            .warning("site.yaml", 8, "đơn vị 'xa-c' ghi cấp trên (trường 'parent' trong xa-c/site.yaml) là 'Đảng bộ huyện Châu Thành', "
                     + "khác tên trang này ('organization': 'Đảng bộ huyện Giồng Riềng')"),
        ])
    }

    /// Case and spacing alone are no disagreement.
    func testAParentWrittenWithOtherCaseOrSpacesAgrees() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: ["xa-c/site.yaml": """
            title: Cổng thông tin Đảng bộ xã Long Thạnh
            organization: Đảng bộ xã Long Thạnh
            parent: "đảng bộ  huyện Giồng Riềng"
            place: Long Thạnh
            """])
        XCTAssertTrue(report.succeeded, report.problems)
        assertDiagnostics(report.diagnostics, [])
    }

    /// A commune without branch scores for the district's period cannot reach the share of
    /// "Chi bộ 4 tốt" the unit rubric asks; the district's pages show "—" for it. A warning at
    /// its score, saying which periods it has.
    func testAUnitWithoutBranchScoresForThePeriodIsWarnedAtItsScore() throws {
        let (_, report) = try DistrictFixture.build(for: self, changes: ["xa-b/content/evaluations/2024.yaml": nil])
        XCTAssertTrue(report.succeeded, report.problems)
        assertDiagnostics(report.diagnostics, [
            .warning("content/unit-evaluations/2024.yaml", 4,
                     "đơn vị 'xa-b' (Đảng bộ xã Ấp Bắc) chưa chấm điểm chi bộ nào kỳ 2024 trong xa-b/content/evaluations/ của mình "
                     + "(đơn vị chưa có kỳ chấm điểm chi bộ nào), nên không xét được tỷ lệ chi bộ đạt “Chi bộ 4 tốt” (cần 60,0 %)"),
        ])
    }
}
