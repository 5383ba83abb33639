import BonTotKit
import Foundation
import XCTest

/// A district office answers for every unit: its bulletin names each unit that existed in the
/// month, those that sent nothing too ("Chưa có biên bản sinh hoạt trong tháng"), in the order
/// `/don-vi/` lists them, not only those that met or told a story. Here only Ấp Bắc tells a
/// story in August 2024; nobody meets.
final class DistrictBulletinEveryUnitTests: XCTestCase {
    func testAUnitWithNothingInTheMonthIsNamedAsSuchInTheDirectorysOrder() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "xa-b/content/stories/lam-duong.md": DistrictBulletinQuietMonthTests.roadStory(date: "2024-08-15"),
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let units = PortalPageText.text(PortalPageText.section(DistrictFixture.page(site, "ban-tin/2024-08/index.html"), id: "don-vi"))
        XCTAssertEqual(units, "Các đảng bộ cơ sở trong tháng "
                       + "Đảng bộ xã Bình Minh: Chưa có biên bản sinh hoạt trong tháng. "
                       + "Đảng bộ xã Ấp Bắc: Chưa có biên bản sinh hoạt trong tháng. Gương điển hình: Ấp Bắc Một làm đường giao thông nông thôn. "
                       + "Đảng bộ xã Long Thạnh: Chưa có biên bản sinh hoạt trong tháng.")
        let directory = PortalPageText.rows(DistrictFixture.page(site, "don-vi/index.html"), caption: "Các đảng bộ cơ sở (tỷ lệ “Chi bộ 4 tốt” năm 2024)")
        XCTAssertEqual(directory.map { $0[cell: 0] }, ["Đảng bộ xã Bình Minh", "Đảng bộ xã Ấp Bắc", "Đảng bộ xã Long Thạnh"])
    }
}
