import BonTotKit
import Foundation
import XCTest

/// A district's home and bulletins count the whole district, its units with its chi bộ trực
/// thuộc, as its combined sentence, `/don-vi/` and `/xep-hang-don-vi/` do (SPEC §7); what is about
/// the chi bộ trực thuộc alone says so.
final class DistrictCombinedFiguresTests: XCTestCase {
    func testTheHomesFiguresAreTheWholeDistricts() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let home = DistrictFixture.page(site, "index.html")
        let figures = PortalPageText.text(PortalPageText.section(home, id: "so-lieu"))
        // 287 members and 07 + 01 branches as the combined sentence says; households 950 + 1.610
        // + 780 as /don-vi/ lists them; 06 “Chi bộ 4 tốt” as /xep-hang-don-vi/2024/ counts them.
        XCTAssertEqual(figures, "Số liệu nổi bật 03 đảng bộ cơ sở 01 chi bộ trực thuộc 07 chi bộ trực thuộc đảng bộ cơ sở "
                       + "287 đảng viên 3.340 hộ gia đình trên địa bàn "
                       + "03 chi bộ hoàn thành xuất sắc nhiệm vụ năm 2024 06 chi bộ đạt “Chi bộ 4 tốt” năm 2024 "
                       + "02 đảng bộ cơ sở đạt “Đảng bộ cơ sở 4 tốt” năm 2024 "
                       + "04 buổi sinh hoạt tháng 9 năm 2024 90,9 % đảng viên dự sinh hoạt tháng 9 năm 2024 (04/08 chi bộ đã có biên bản)")
        let text = PortalPageText.text(home)
        XCTAssertTrue(text.contains("Kết quả chấm điểm thi đua “Đảng bộ cơ sở 4 tốt” năm 2024 "
                                    + "03/03 đảng bộ cơ sở hoàn thành tốt nhiệm vụ trở lên, trong đó 01 đảng bộ cơ sở hoàn thành xuất sắc nhiệm vụ (33,3 %). "
                                    + "02 đảng bộ cơ sở đạt danh hiệu “Đảng bộ cơ sở 4 tốt”. "
                                    + "Toàn Đảng bộ có 06 chi bộ đạt danh hiệu “Chi bộ 4 tốt” năm 2024."), text)
        XCTAssertTrue(text.contains("Xếp hạng thi đua các chi bộ trực thuộc năm 2024 01/01 chi bộ"),
                      "the ranking of the district's own branches says whose it is: \(text)")
        XCTAssertTrue(home.contains(#"href="xep-hang-don-vi/index.html">Xem bảng xếp hạng đảng bộ cơ sở</a>"#))
    }

    /// The home's figures count the meetings of the whole district (05 here) while its table of
    /// meetings lists the district's own, under "Sinh hoạt chi bộ tháng 9 năm 2024" as if that
    /// were all: its heading and caption say whose meetings they are.
    func testTheHomesTableOfMeetingsSaysItListsTheOwnBranches() throws {
        let (site, report) = try DistrictFixture.build(for: self, changes: [DistrictFixture.ownMinutesFile: DistrictFixture.ownMinutes])
        XCTAssertTrue(report.succeeded, report.problems)
        let home = DistrictFixture.page(site, "index.html")
        XCTAssertTrue(PortalPageText.text(PortalPageText.section(home, id: "so-lieu")).contains("05 buổi sinh hoạt tháng 9 năm 2024"))
        XCTAssertTrue(home.contains(#"<h2 id="sinh-hoat">Sinh hoạt các chi bộ trực thuộc tháng 9 năm 2024</h2>"#), home)
        let rows = PortalPageText.rows(home, caption: "Các buổi sinh hoạt của các chi bộ trực thuộc tháng 9 năm 2024")
        XCTAssertEqual(rows.map { $0[cell: 1] }, ["Chi bộ Cơ quan Huyện ủy"])
        let unitHome = DistrictFixture.page(site, "don-vi/xa-a/index.html")
        XCTAssertTrue(unitHome.contains(#"<h2 id="sinh-hoat">Sinh hoạt chi bộ tháng 9 năm 2024</h2>"#), "a unit's home stays as it builds alone")
    }

    func testTheMonthlyBulletinCountsTheUnitsMeetingsAndNamesTheOwnBranchesThatDidNotMeet() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let figures = PortalPageText.text(Self.section(DistrictFixture.page(site, "ban-tin/2024-09/index.html"), "bulletin-figures"))
        XCTAssertFalse(figures.contains("chưa có biên bản sinh hoạt chi bộ nào được gửi về"), figures)
        XCTAssertTrue(figures.contains("Trong tháng 9 năm 2024, các chi bộ trong toàn Đảng bộ tổ chức 04 cuộc sinh hoạt, họp, "
                                       + "trong đó 04 cuộc sinh hoạt thường kỳ và không có cuộc sinh hoạt chuyên đề nào; "
                                       + "tỷ lệ đảng viên dự họp bình quân 90,9 %."), figures)
        XCTAssertTrue(figures.contains("Cuộc sinh hoạt, họp chi bộ 04 Trong đó sinh hoạt thường kỳ 04"), figures)
        XCTAssertTrue(figures.contains("Chi bộ trực thuộc chưa sinh hoạt thường kỳ 01/01 "
                                       + "01/01 chi bộ trực thuộc Đảng bộ huyện Giồng Riềng chưa sinh hoạt thường kỳ trong tháng: "
                                       + "Chi bộ Cơ quan Huyện ủy"), figures)
    }

    func testTheYearEndBulletinGivesTheDistrictWideFourGoodAndTheUnitRanking() throws {
        let (site, report) = try DistrictFixture.build(for: self)
        XCTAssertTrue(report.succeeded, report.problems)
        let page = DistrictFixture.page(site, "ban-tin/2024-12/index.html")
        let own = PortalPageText.text(Self.section(page, "bulletin-ranking"))
        XCTAssertTrue(own.hasPrefix("Kết quả xếp loại các chi bộ trực thuộc năm 2024"), own)
        XCTAssertFalse(own.contains("01 chi bộ đạt danh hiệu"), "the own branches' count is not given as the district's: \(own)")
        let units = PortalPageText.text(Self.section(page, "bulletin-ranking bulletin-unit-ranking"))
        XCTAssertTrue(units.contains("Kết quả xếp loại đảng bộ cơ sở năm 2024 03/03 đảng bộ cơ sở hoàn thành tốt nhiệm vụ trở lên"), units)
        XCTAssertTrue(units.contains("02 đảng bộ cơ sở đạt danh hiệu “Đảng bộ cơ sở 4 tốt”."), units)
        XCTAssertTrue(units.contains("1 Đảng bộ xã Long Thạnh 92 Hoàn thành xuất sắc nhiệm vụ 2 Đảng bộ xã Ấp Bắc 86 Hoàn thành tốt nhiệm vụ 4 tốt"), units)
        let fourGood = Self.section(page, "bulletin-four-good")
        XCTAssertTrue(PortalPageText.text(fourGood).contains("Toàn Đảng bộ có 06 chi bộ đạt danh hiệu “Chi bộ 4 tốt” năm 2024. "
                                                             + "Chi bộ trực thuộc (01): Chi bộ Cơ quan Huyện ủy. "
                                                             + "Đảng bộ xã Bình Minh (02): Chi bộ ấp Một, Chi bộ ấp Hai. "
                                                             + "Đảng bộ xã Ấp Bắc (02): Chi bộ ấp Bắc Một, Chi bộ ấp Bắc Hai. "
                                                             + "Đảng bộ xã Long Thạnh (01): Chi bộ ấp Kênh Một."),
                      PortalPageText.text(fourGood))
        XCTAssertTrue(fourGood.contains(#"href="../../don-vi/xa-b/chi-bo/ap-bac-1/index.html""#), fourGood)
    }

    /// The bulletin's section of class `bulletin-section <classes>`, as HTML.
    private static func section(_ page: String, _ classes: String) -> String {
        guard let start = page.range(of: #"<section class="bulletin-section \#(classes)""#)?.lowerBound else { return "" }
        let rest = page[start...]
        return String(rest.prefix(upTo: rest.range(of: "</section>")?.upperBound ?? rest.endIndex))
    }
}
