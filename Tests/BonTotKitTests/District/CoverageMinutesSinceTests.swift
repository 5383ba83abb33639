import BonTotKit
import Foundation
import XCTest

/// The home's "(04/08 chi bộ đã có biên bản)" beside the month's attendance counts the branches
/// with minutes among those held to meet: a branch whose minutes are kept in bontot from a later
/// month (`minutes_since`) is left out of both sides, though older minutes of it were entered.
/// It was left out of the second only ("04/06", "02/04").
final class CoverageMinutesSinceTests: XCTestCase {
    func testADistrictsUnitFollowedFromALaterMonthIsInNeitherSide() throws {
        // xa-a's ấp 1 has September's minutes; from October, neither of its two cells counts.
        let siteYAML = try String(contentsOf: BuiltSite.fixtures.appending(path: "district/xa-a/site.yaml"), encoding: .utf8)
        let (site, report) = try DistrictFixture.build(for: self, changes: ["xa-a/site.yaml": siteYAML + "minutes_since: 2024-10\n"])
        XCTAssertTrue(report.succeeded, report.problems)
        let text = PortalPageText.text(DistrictFixture.page(site, "index.html"))
        XCTAssertTrue(text.contains("đảng viên dự sinh hoạt tháng 9 năm 2024 (03/06 chi bộ đã có biên bản)"), text)
    }

    func testABranchFollowedFromALaterMonthIsInNeitherSide() throws {
        // ấp Bắc and Bình Minh have September's minutes; ấp Bắc is followed from October.
        let apBac = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/content/branches/ap-bac.yaml"), encoding: .utf8)
        let built = try BuiltSite.build(changes: ["content/branches/ap-bac.yaml": apBac + "minutes_since: 2024-10\n"])
        let home = PortalPageText.text(built.page("index.html"))
        XCTAssertTrue(home.contains("(01/04 chi bộ đã có biên bản)"), home)
    }
}
