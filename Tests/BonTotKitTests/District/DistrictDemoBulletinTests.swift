@testable import BonTotKit
import Foundation
import XCTest

/// The repository's district (`examples/huyen`): its two chi bộ trực thuộc had no minutes and
/// no `minutes_since`, so its latest bulletin (October 2026) said "02/02" of them had not met
/// and listed both, and no resolution of theirs. They keep minutes on the portal from October.
final class DistrictDemoBulletinTests: XCTestCase {
    func testTheDistrictsOwnBranchesMetInItsLatestBulletin() throws {
        let district = try LeadingTablesPrintTests.district()
        let output = district.appending(path: "output")
        let report = SiteBuilder.build(BuildOptions(siteRoot: district, output: output, month: YearMonth(year: 2026, month: 10)))
        XCTAssertTrue(report.succeeded, report.problems)
        let page = try String(contentsOf: output.appending(path: "ban-tin/2026-10/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<th scope=\"row\">Chi bộ trực thuộc chưa sinh hoạt thường kỳ</th><td class=\"num\">00/02</td>"), page)
        XCTAssertFalse(page.contains("chưa sinh hoạt thường kỳ trong tháng:"), "no branch listed as not met")
        XCTAssertTrue(page.contains("Rà soát, hoàn thiện hồ sơ kiểm tra, giám sát năm 2026"), "the resolutions of the branches' minutes")
    }
}
