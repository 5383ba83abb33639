import BonTotKit
import Foundation
import XCTest

/// A cell whose minutes are kept in bontot from October 2024 (`minutes_since:` in its file), in
/// the district or in a unit, is not counted in September's figures of the district: its
/// home's coverage stays at the fixture's 04/08, and its bulletin does not name the cell.
final class DistrictMinutesSinceTests: XCTestCase {
    private let cell = """
        name: Chi bộ Ban Quản lý dự án
        kind: co-quan
        minutes_since: 2024-10
        """

    func testTheHomesCoverageLeavesOutACellWhoseMinutesBeganLater() throws {
        for path in ["content/branches/ban-qlda.yaml", "xa-a/content/branches/ban-qlda.yaml"] {
            let (site, report) = try DistrictFixture.build(for: self, changes: [path: cell])
            XCTAssertTrue(report.succeeded, report.problems)
            let text = PortalPageText.text(DistrictFixture.page(site, "index.html"))
            XCTAssertTrue(text.contains("đảng viên dự sinh hoạt tháng 9 năm 2024 (04/08 chi bộ đã có biên bản)"), "\(path): \(text)")
        }
    }

    func testTheBulletinDoesNotNameIt() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: ["content/branches/ban-qlda.yaml": cell])
        XCTAssertTrue(report.succeeded, report.problems)
        let text = PortalPageText.text(DistrictFixture.page(site, "ban-tin/2024-09/index.html"))
        XCTAssertTrue(text.contains("01/01 chi bộ trực thuộc Đảng bộ huyện Giồng Riềng chưa sinh hoạt thường kỳ trong tháng"), text)
        XCTAssertFalse(text.contains("Ban Quản lý dự án"), text)
    }
}
