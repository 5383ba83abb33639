import BonTotKit
import Foundation
import XCTest

/// A commune renamed in its own `site.yaml` ("Đảng bộ xã Bình Minh" now "Đảng bộ xã Bình Minh
/// Mới") after the district's score table was typed with its old name: the row was "unknown unit
/// 'Đảng bộ xã Bình Minh'", a unit "not in 'units' of site.yaml", sending the clerk to a listing
/// that is right. The error now names the unit whose name looks like it, with the name it has now.
final class RenamedUnitNameTests: XCTestCase {
    func testAUnitWrittenByItsFormerNameIsToldTheUnitItLooksLike() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "content/unit-evaluations/2024.yaml": nil,
            "content/unit-evaluations/2024.csv": UnitWorkbookTests.scoresByUnitName,
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        try site.replace("organization: Đảng bộ xã Bình Minh", with: "organization: Đảng bộ xã Bình Minh Mới", in: "xa-a/site.yaml")
        let renamed = site.build()
        let errors = renamed.diagnostics.entries.filter { $0.severity == .error }.map(\.description)
        XCTAssertEqual(errors, [
            "content/unit-evaluations/2024.csv:2: error: bảng điểm ghi đơn vị không có trong 'units' của site.yaml 'Đảng bộ xã Bình Minh' "
                + "/ unknown unit 'Đảng bộ xã Bình Minh' (có phải 'xa-a' (Đảng bộ xã Bình Minh Mới)? / did you mean 'xa-a' (Đảng bộ xã Bình Minh Mới)?)",
        ], renamed.problems)
    }
}
