import BonTotKit
import Foundation
import XCTest

/// A district whose chi bộ are all in its communes, with no chi bộ trực thuộc of its own: its
/// figures say what it has, as the office's report does, never "00 chi bộ trực thuộc", and its
/// bulletin prints no empty section on chi bộ trực thuộc (no stories of theirs, no resolutions,
/// nothing falling due, no line counting those that did not meet), while its figures, its units'
/// month and its own stories stay.
final class DistrictWithoutOwnBranchesTests: XCTestCase {
    private static let withoutOwnBranches: [String: String?] = [
        "content/branches/co-quan-huyen-uy.yaml": nil,
        "content/evaluations/2024.yaml": nil,
    ]

    func testTheCombinedSentenceNamesOnlyTheUnits() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: Self.withoutOwnBranches)
        XCTAssertTrue(report.succeeded, report.problems)
        let sentence = "Đảng bộ huyện Giồng Riềng có 03 tổ chức cơ sở đảng (03 đảng bộ), "
            + "255 đảng viên; 07 chi bộ trực thuộc đảng bộ cơ sở."
        for page in ["index.html", "don-vi/index.html"] {
            let text = PortalPageText.text(DistrictFixture.page(site, page))
            XCTAssertTrue(text.contains(sentence), "\(page): \(text.prefix(600))")
            XCTAssertFalse(text.contains("00 chi bộ trực thuộc"), page)
        }
    }

    func testTheBranchDirectorySaysTheDistrictHasNone() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: Self.withoutOwnBranches)
        XCTAssertTrue(report.succeeded, report.problems)
        let text = PortalPageText.text(DistrictFixture.page(site, "chi-bo/index.html"))
        XCTAssertTrue(text.contains("Đảng bộ huyện Giồng Riềng không có chi bộ trực thuộc."), text)
        XCTAssertFalse(text.contains("có 00 chi bộ"), text)
    }

    func testADistrictWithOwnBranchesKeepsTheWholeSentence() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertTrue(PortalPageText.text(DistrictFixture.page(site, "chi-bo/index.html"))
            .contains("Đảng bộ huyện Giồng Riềng có 01 chi bộ trực thuộc"))
    }

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

    /// A story of the district's own is still printed in its bulletin, under its heading.
    func testItsBulletinStillPrintsItsOwnStory() throws {
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
