import BonTotKit
import Foundation
import XCTest

/// The printed bulletin's sheets after the first, read back from the PDF with poppler: each
/// says which bulletin it belongs to (the month and the issuer), as the masthead says on the
/// first, so that a sheet filed alone or dropped from the pile goes back where it belongs.
final class BulletinRunningHeadTests: XCTestCase {
    /// Twelve paragraphs of editorial: the September bulletin runs over three sheets.
    private static let editorial = "---\ntitle: Tổng kết quý\nnumber: 9\n---\n" + (1...12).map {
        "Đoạn \($0): các chi bộ tiếp tục duy trì nền nếp sinh hoạt, nâng cao chất lượng sinh hoạt chi bộ, "
            + "thực hiện tốt các nghị quyết đã đề ra trong năm.\n"
    }.joined(separator: "\n")

    /// Printed by `bontot build --pdf` (WeasyPrint) and from the office's browser (Chromium),
    /// every sheet is numbered and each after the first headed "Bản tin tháng 9 năm 2024 — Đảng
    /// ủy xã Hòa Thuận"; the first keeps its masthead on top. Before, past the first sheet only
    /// "Trang 2/3" was printed.
    func testEverySheetAfterTheFirstNamesTheBulletinsMonthAndIssuer() throws {
        let root = try BuiltSite.prepare("portal", changes: ["content/bulletins/2024-09.md": Self.editorial])
        for (engine, pdf) in try PrintedBulletin.prints(root: root, month: YearMonth(year: 2024, month: 9)) {
            let sheets = try PrintedSheets(pdf: pdf)
            XCTAssertGreaterThanOrEqual(sheets.texts.count, 2, "\(engine): the bulletin runs over several sheets")
            XCTAssertEqual(sheets.unnumberedSheets, [], "\(engine): sheets without their number")
            XCTAssertEqual(sheets.sheetsNotHeaded(by: "Bản tin tháng 9 năm 2024 — Đảng ủy xã Hòa Thuận"), [],
                           "\(engine): sheets that do not say which bulletin they belong to")
            let first = sheets.texts.first?.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) } ?? ""
            XCTAssertTrue(first.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), "\(engine): the first sheet opens with its masthead: \(first)")
        }
    }

    /// A commune's bulletin printed inside its district is headed by the commune's name (its
    /// `organization`, having no `issuer`), not the district's.
    func testAUnitsBulletinIsHeadedByTheUnitsOwnName() throws {
        let site = try DistrictFixture.prepare(for: self, changes: ["xa-a/content/bulletins/2024-09.md": Self.editorial])
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, pdf: true))
        XCTAssertTrue(report.succeeded, report.problems)
        let pdf = site.output.appending(path: Router().unit("xa-a").file(.bulletinPDF(YearMonth(year: 2024, month: 9))))
        let sheets = try PrintedSheets(pdf: pdf)
        XCTAssertGreaterThanOrEqual(sheets.texts.count, 2, "the commune's bulletin runs over several sheets")
        XCTAssertEqual(sheets.sheetsNotHeaded(by: "Bản tin tháng 9 năm 2024 — Đảng bộ xã Bình Minh"), [],
                       "sheets of the commune's bulletin that do not say whose it is")
    }
}
