import BonTotKit
import Foundation
import XCTest

/// `/don-vi/`'s "Xếp loại mới nhất" of a unit the newest unit ranking does not score is an older
/// period's level, shown under a caption naming the newest period ("tỷ lệ “Chi bộ 4 tốt” năm
/// 2025"), as if it were that year's. It says its period; the others, of the caption's period, do
/// not repeat it.
final class UnitDirectoryLevelPeriodTests: XCTestCase {
    func testALevelOfAnOlderPeriodSaysItsPeriod() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "content/unit-evaluations/2025.yaml": """
                scores:
                  xa-a: { chinh-tri: 26, xay-dung-dang: 26, doan-ket: 17, can-bo: 17 }
                  xa-b: { chinh-tri: 25, xay-dung-dang: 27, doan-ket: 17, can-bo: 17 }

                """,
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let rows = PortalPageText.rows(DistrictFixture.page(site, "don-vi/index.html"), caption: "Các đảng bộ cơ sở (tỷ lệ “Chi bộ 4 tốt” năm 2025)")
        XCTAssertEqual(rows.map { $0[cell: 5] }, ["Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ (năm 2024)"],
                       "\(rows)")
    }
}
