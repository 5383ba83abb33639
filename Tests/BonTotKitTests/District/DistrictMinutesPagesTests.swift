import BonTotKit
import Foundation
import XCTest

/// A district's own minutes pages (`/sinh-hoat/`, `/sinh-hoat/<yyyy>/<mm>/`) list its chi bộ
/// trực thuộc alone, the units' minutes being in the units' pages: they said "03/05 chi bộ",
/// "Nền nếp sinh hoạt của các chi bộ", "Sinh hoạt chi bộ tháng 9 năm 2024", as if that were
/// every cell of the district. They now say whose minutes they are, as the home does, and where
/// the units' are; a unit's own pages stay as the unit builds them alone.
final class DistrictMinutesPagesTests: XCTestCase {
    func testTheDistrictsMinutesPagesSayTheyAreOfItsChiBoTrucThuoc() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [DistrictFixture.ownMinutesFile: DistrictFixture.ownMinutes])
        XCTAssertTrue(report.succeeded, report.problems)
        let index = DistrictFixture.page(site, "sinh-hoat/index.html")
        XCTAssertTrue(index.contains(#"<p class="lead">Biên bản sinh hoạt của các chi bộ trực thuộc tháng 9 năm 2024: 01 biên bản của 01/01 chi bộ.</p>"#), index)
        XCTAssertTrue(index.contains("<h2>Nền nếp sinh hoạt của các chi bộ trực thuộc</h2>"), index)
        XCTAssertTrue(index.contains(#"Biên bản sinh hoạt của các chi bộ thuộc đảng bộ cơ sở ở trang của từng đơn vị: "#
                                     + #"<a href="../don-vi/index.html">Các đảng bộ cơ sở</a>."#), index)
        let month = DistrictFixture.page(site, "sinh-hoat/2024/09/index.html")
        XCTAssertTrue(month.contains("<h1>Sinh hoạt các chi bộ trực thuộc tháng 9 năm 2024</h1>"), month)
        XCTAssertTrue(month.contains("Tất cả 01 chi bộ trực thuộc đều sinh hoạt thường kỳ trong tháng."), month)

        let unitIndex = DistrictFixture.page(site, "don-vi/xa-a/sinh-hoat/index.html")
        XCTAssertTrue(unitIndex.contains("<h2>Nền nếp sinh hoạt của các chi bộ</h2>"), "a unit's pages stay as it builds them alone")
        XCTAssertFalse(unitIndex.contains("Các đảng bộ cơ sở</a>"))
        XCTAssertTrue(DistrictFixture.page(site, "don-vi/xa-a/sinh-hoat/2024/09/index.html").contains("<h1>Sinh hoạt chi bộ tháng 9 năm 2024</h1>"))
    }

    func testADistrictWithoutMinutesOfItsOwnSaysSo() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let index = DistrictFixture.page(site, "sinh-hoat/index.html")
        XCTAssertTrue(index.contains(#"<p class="lead">Chưa có biên bản sinh hoạt của chi bộ trực thuộc nào.</p>"#), index)
        XCTAssertTrue(index.contains(#"<a href="../don-vi/index.html">Các đảng bộ cơ sở</a>"#), index)
    }
}
