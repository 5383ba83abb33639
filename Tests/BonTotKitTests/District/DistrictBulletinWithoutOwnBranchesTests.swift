import BonTotKit
import Foundation
import XCTest

/// A district whose every cell is in its units (no chi bộ trực thuộc): its bulletin has nothing
/// to say of chi bộ trực thuộc, so it prints no empty section on them (no stories of theirs, no
/// resolutions, nothing falling due, no line counting those that did not meet), while its
/// figures, its units' month and its own stories stay.
final class DistrictBulletinWithoutOwnBranchesTests: XCTestCase {
    private static let withoutOwnBranches: [String: String?] = [
        "content/branches/co-quan-huyen-uy.yaml": nil,
        "content/evaluations/2024.yaml": nil,
    ]

    func testItsBulletinLeavesOutTheSectionsOnChiBoTrucThuoc() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: Self.withoutOwnBranches)
        XCTAssertTrue(report.succeeded, report.problems)
        let page = DistrictFixture.page(site, "ban-tin/2024-09/index.html")
        let text = PortalPageText.text(page)
        XCTAssertFalse(text.contains("chi bộ trực thuộc"), text)
        XCTAssertFalse(text.contains("Chi bộ trực thuộc"), text)
        for section in ["bulletin-stories", "bulletin-resolutions", "bulletin-due"] {
            XCTAssertFalse(page.contains(section), "\(section): \(text)")
        }
        XCTAssertTrue(text.contains("Trong tháng 9 năm 2024, các chi bộ trong toàn Đảng bộ tổ chức 04 cuộc sinh hoạt, họp"), text)
        XCTAssertTrue(text.contains("Tỷ lệ đảng viên dự họp bình quân 90,9 %"), text)
        XCTAssertTrue(text.contains("Các đảng bộ cơ sở trong tháng Đảng bộ xã Bình Minh: 01 buổi sinh hoạt"), text)
    }

    /// A story of the district's own is still printed under its heading.
    func testItsOwnStoryIsStillPrinted() throws {
        var changes = Self.withoutOwnBranches
        changes["content/stories/so-ket.md"] = """
            ---
            title: Huyện ủy sơ kết mô hình dân vận khéo
            kind: mo-hinh
            date: 2024-09-25
            summary: Sơ kết mô hình dân vận khéo.
            ---
            Huyện ủy sơ kết mô hình dân vận khéo.

            """
        let (site, report) = try DistrictFixture.build(for: self, changes: changes)
        XCTAssertTrue(report.succeeded, report.problems)
        let stories = PortalPageText.text(PortalPageText.section(DistrictFixture.page(site, "ban-tin/2024-09/index.html"), id: "guong-dien-hinh"))
        XCTAssertTrue(stories.hasPrefix("Gương điển hình trong tháng Huyện ủy sơ kết mô hình dân vận khéo"), stories)
    }
}
