import BonTotKit
import Foundation
import XCTest

/// A district that scores its units but not yet its own chi bộ trực thuộc: its `/xep-hang/`, which
/// ranks the chi bộ trực thuộc alone, said "Chưa có kết quả chấm điểm thi đua nào.", as if nothing
/// were scored while the units' ranking is there. It says whose scores are missing; a site
/// without units says what it said.
final class DistrictEmptyRankingTests: XCTestCase {
    func testTheDistrictsEmptyRankingSaysItIsOfItsChiBoTrucThuoc() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: ["content/evaluations/2024.yaml": nil])
        XCTAssertTrue(report.succeeded, report.problems)
        let page = DistrictFixture.page(site, "xep-hang/index.html")
        XCTAssertTrue(page.contains("<p>Chưa có kết quả chấm điểm thi đua các chi bộ trực thuộc nào.</p>"), page)
        XCTAssertTrue(DistrictFixture.page(site, "xep-hang-don-vi/index.html").contains("Kết quả mới nhất"), "the units are ranked")
    }

    func testASiteWithoutUnitsSaysNothingIsScored() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: ["xa-a/content/evaluations/2024.yaml": nil])
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertTrue(DistrictFixture.page(site, "don-vi/xa-a/xep-hang/index.html").contains("<p>Chưa có kết quả chấm điểm thi đua nào.</p>"))
    }
}
