import BonTotKit
import Foundation
import XCTest

/// A district whose chi bộ are all in its communes, with no chi bộ trực thuộc of its own: its
/// figures say what it has, as the office's report does, never "00 chi bộ trực thuộc".
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
}
