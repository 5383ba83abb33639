import BonTotKit
import Foundation
import XCTest

/// A district's bulletin names its own cells (chi bộ trực thuộc) that held no regular meeting
/// in the month: not one founded after it. The fixture's month is September 2024; here the
/// district founds a second cell in October.
final class DistrictBulletinFoundingTests: XCTestCase {
    func testACellFoundedAfterTheMonthIsNotAmongThoseThatDidNotMeet() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "content/branches/ban-qlda.yaml": """
                name: Chi bộ Ban Quản lý dự án
                kind: co-quan
                founded: 2024-10-01
                """,
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let text = PortalPageText.text(DistrictFixture.page(site, "ban-tin/2024-09/index.html"))
        XCTAssertTrue(text.contains("01/01 chi bộ trực thuộc Đảng bộ huyện Giồng Riềng chưa sinh hoạt thường kỳ trong tháng"), text)
        XCTAssertFalse(text.contains("Ban Quản lý dự án"), text)
    }

    /// The district home's meeting figure counts the cells that could have sent minutes that
    /// month: 04/08 in the fixture; a ninth cell founded in October, in the district or in a
    /// unit, leaves it at 04/08.
    func testTheHomesCoverageLeavesOutCellsFoundedAfterTheMonth() throws {
        let cell = """
            name: Chi bộ Ban Quản lý dự án
            kind: co-quan
            founded: 2024-10-01
            """
        for path in ["content/branches/ban-qlda.yaml", "xa-a/content/branches/ban-qlda.yaml"] {
            let (site, report) = try DistrictFixture.build(for: self, changes: [path: cell])
            XCTAssertTrue(report.succeeded, report.problems)
            let text = PortalPageText.text(DistrictFixture.page(site, "index.html"))
            XCTAssertTrue(text.contains("đảng viên dự sinh hoạt tháng 9 năm 2024 (04/08 chi bộ đã có biên bản)"), "\(path): \(text)")
        }
    }
}
