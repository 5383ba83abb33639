import BonTotKit
import XCTest

/// The district's ranking of its units (`/xep-hang-don-vi/<period>/`) printed on A4, as the
/// branch ranking is (`RankingPrintTests`).
final class UnitRankingPrintTests: XCTestCase {
    /// Its sheets are numbered "Trang N/M" and, past the first, headed by its title, by
    /// WeasyPrint and by Chromium: the fixture's ranking of three units prints its chart on a
    /// second sheet.
    func testTheUnitRankingsSheetsAreNumberedAndTitled() throws {
        let built = try BuiltSite.build(DistrictFixture.name)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let page = "xep-hang-don-vi/2024/index.html"
        for engine in [PDFEngine.Kind.weasyprint, .chromium] {
            let sheets = try PrintedSheets(pdf: try PrintedSheets.print(page, in: built.output, engine: engine))
            XCTAssertGreaterThanOrEqual(sheets.texts.count, 2, "\(engine.displayName): the chart is printed on a sheet of its own")
            XCTAssertEqual(sheets.unnumberedSheets, [], "\(engine.displayName): sheets without their number")
            XCTAssertEqual(sheets.sheetsNotHeaded(by: "Xếp hạng đảng bộ cơ sở năm 2024"), [], "\(engine.displayName): sheets without the ranking's title")
        }
    }
}
