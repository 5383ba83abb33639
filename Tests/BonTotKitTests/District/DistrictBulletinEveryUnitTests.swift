import BonTotKit
import Foundation
import XCTest

/// A district office answers for every unit: its bulletin names each unit that existed in the
/// month, in the order `/don-vi/` lists them, not only those that met or told a story. Those that
/// met or told a story have a line each; those without minutes are named together in one line
/// ("Chưa có biên bản sinh hoạt trong tháng (14/20 đảng bộ cơ sở): …"), not twenty lines saying
/// the same. Here only Ấp Bắc tells a story in August 2024; nobody meets.
final class DistrictBulletinEveryUnitTests: XCTestCase {
    func testAUnitWithNothingInTheMonthIsNamedAsSuchInTheDirectorysOrder() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "xa-b/content/stories/lam-duong.md": DistrictBulletinQuietMonthTests.roadStory(date: "2024-08-15"),
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let units = PortalPageText.text(PortalPageText.section(DistrictFixture.page(site, "ban-tin/2024-08/index.html"), id: "don-vi"))
        XCTAssertEqual(units, "Các đảng bộ cơ sở trong tháng "
                       + "Đảng bộ xã Ấp Bắc: Chưa có biên bản sinh hoạt trong tháng. Gương điển hình: Ấp Bắc Một làm đường giao thông nông thôn. "
                       + "Chưa có biên bản sinh hoạt trong tháng (03/03 đảng bộ cơ sở): "
                       + "Đảng bộ xã Bình Minh, Đảng bộ xã Ấp Bắc, Đảng bộ xã Long Thạnh.")
        let directory = PortalPageText.rows(DistrictFixture.page(site, "don-vi/index.html"), caption: "Các đảng bộ cơ sở (tỷ lệ “Chi bộ 4 tốt” năm 2024)")
        XCTAssertEqual(directory.map { $0[cell: 0] }, ["Đảng bộ xã Bình Minh", "Đảng bộ xã Ấp Bắc", "Đảng bộ xã Long Thạnh"])
    }

    /// September 2024: Bình Minh and Long Thạnh meet, Ấp Bắc only tells a story; the line of
    /// those without minutes names Ấp Bắc alone, and links it into its portal.
    func testTheUnitsWithoutMinutesAreNamedTogetherInOneLine() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [
            "xa-b/content/minutes/2024/ap-bac-1-2024-09.md": nil, "xa-b/content/minutes/2024/ap-bac-2-2024-09.md": nil,
            "xa-b/content/stories/lam-duong.md": DistrictBulletinQuietMonthTests.roadStory(date: "2024-09-15"),
        ])
        XCTAssertTrue(report.succeeded, report.problems)
        let section = PortalPageText.section(DistrictFixture.page(site, "ban-tin/2024-09/index.html"), id: "don-vi")
        let lines = section.matches(of: #/<li>(.*?)</li>/#.dotMatchesNewlines()).map { PortalPageText.text(String($0.output.1)) }
        XCTAssertEqual(lines.map { $0.components(separatedBy: ":")[0] }, ["Đảng bộ xã Bình Minh", "Đảng bộ xã Ấp Bắc", "Đảng bộ xã Long Thạnh"],
                       "a line for each unit that met or told a story, in the units' order")
        let silent = try XCTUnwrap(section.firstMatch(of: #/<p class="bulletin-silent-units">(.*?)</p>/#.dotMatchesNewlines()))
        XCTAssertEqual(PortalPageText.text(String(silent.output.1)), "Chưa có biên bản sinh hoạt trong tháng (01/03 đảng bộ cơ sở): Đảng bộ xã Ấp Bắc.")
        let link = Router().link(from: .bulletin(YearMonth(year: 2024, month: 9)), to: .home, in: Router().unit("xa-b"))
        XCTAssertTrue(silent.output.1.contains("<a href=\"\(link)\">Đảng bộ xã Ấp Bắc</a>"), String(silent.output.1))
    }

    /// When every unit met, no line of units without minutes is printed.
    func testNoLineOfUnitsWithoutMinutesWhenEveryUnitMet() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let section = PortalPageText.section(DistrictFixture.page(site, "ban-tin/2024-09/index.html"), id: "don-vi")
        XCTAssertFalse(section.contains("Chưa có biên bản"), PortalPageText.text(section))
        XCTAssertEqual(section.matches(of: #/<li>/#).count, 3)
    }
}
