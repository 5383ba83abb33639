import BonTotKit
import Foundation
import XCTest

/// A unit's share of "Chi bộ 4 tốt" in a period (SPEC §7, `min_branch_share`) is over the
/// branches it had in that period: a cell founded after the period is not counted against it.
/// In the fixture, Đảng bộ xã Ấp Bắc has two of its three branches at "Chi bộ 4 tốt" in 2024
/// (66,7 %, above the 60 % asked); here it founds a fourth in March 2025.
final class UnitShareFoundingTests: XCTestCase {
    func testACellFoundedAfterThePeriodDoesNotLowerTheUnitsShare() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "xa-b/content/branches/ap-bac-4.yaml": """
                name: Chi bộ ấp Bắc Bốn
                kind: khu-dan-cu
                secretary: Bí thư Bốn
                members: { official: 9, probationary: 0 }
                founded: 2025-03-01
                """,
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let ranking = DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html")
        let marks = PortalPageText.rows(ranking, caption: "Xếp hạng đảng bộ cơ sở năm 2024").map { [$0[cell: 1], $0[cell: 10], $0[cell: 11]] }
        XCTAssertTrue(marks.contains(["Đảng bộ xã Ấp Bắc", "66,7 %", "✓ Đảng bộ cơ sở 4 tốt"]), "\(marks)")
        let directory = PortalPageText.rows(DistrictFixture.page(site, "don-vi/index.html"),
                                            caption: "Các đảng bộ cơ sở (tỷ lệ “Chi bộ 4 tốt” năm 2024)")
        XCTAssertTrue(directory.contains(["Đảng bộ xã Ấp Bắc", "4", "126", "1.610", "66,7 %", "Hoàn thành tốt nhiệm vụ"]),
                      "four branches today, two of the three of 2024 at “Chi bộ 4 tốt”: \(directory)")
    }
}
