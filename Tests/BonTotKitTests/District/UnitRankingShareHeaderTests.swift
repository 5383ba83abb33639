import BonTotKit
import Foundation
import XCTest

/// The unit ranking's column of the share of a unit's branches holding "Chi bộ 4 tốt" ("60,0 %")
/// was headed "Chi bộ 4 tốt", beside "Đảng bộ cơ sở 4 tốt": on paper, read as a mark, its
/// figure was taken for a count or a score. It is headed as the share it is, as the CSV's
/// "Chi bộ 4 tốt (%)" and the list of units' "tỷ lệ “Chi bộ 4 tốt”" are.
final class UnitRankingShareHeaderTests: XCTestCase {
    func testTheShareColumnIsHeadedAsAShare() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let page = DistrictFixture.page(site, "xep-hang-don-vi/2024/index.html")
        XCTAssertTrue(page.contains(#"<th scope="col" class="num detail">Tỷ lệ chi bộ 4 tốt</th>"#), page)
        XCTAssertFalse(page.contains(#"<th scope="col" class="num detail">Chi bộ 4 tốt</th>"#))
        XCTAssertNotNil(page.range(of: #"<td class="num detail">[0-9]+,[0-9].%</td>"#, options: .regularExpression), "a share under it")
    }
}
