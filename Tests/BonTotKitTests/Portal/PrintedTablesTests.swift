import BonTotKit
import Foundation
import XCTest

/// Long tables and charts printed on A4 from Chromium, read back from the PDF: the minutes grid
/// of a commune with 25 branches (`/sinh-hoat/`) and the ranking of one with 50
/// (`/xep-hang/<period>/`). Their caption and totals are printed once, no page holds a lone row,
/// and the ranking's chart is printed in parts, each whole on a page with readable names.
final class PrintedTablesTests: SiteCopyTestCase {
    /// The portal fixture with `count` more branches ("Chi bộ khu dân cư số 1" …), scored in 2024.
    private func build(branches count: Int) throws -> BuiltSite {
        let built = try BuiltSite.build(changes: RankingChartPartsTests.branches(count, meetings: { _ in 24 }))
        keep(built.root)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        return built
    }

    /// The totals row ("Số chi bộ thực hiện") was printed at the foot of every page, where it
    /// read as that page's own; and 25 branches left the last one alone on the second page
    /// (found with the old stylesheet). Now the totals come once, after the last row, and each
    /// page holds two rows at least.
    func testTheMinutesGridPrintsItsTotalsOnceAndNoRowAlone() throws {
        let built = try build(branches: 20)
        let printed = try PrintedPageWords(page: "sinh-hoat/index.html", in: built)
        let texts = printed.words.map(\.text)
        // A branch's row ends with its months of regular meetings out of two ("1/2"); a sheet's
        // number at its foot ("Trang 1/2") is no row.
        let rows = printed.words.indices.filter {
            texts[$0].wholeMatch(of: #/[0-9]+\/2/#) != nil && ($0 == 0 || texts[$0 - 1] != "Trang")
        }.map { printed.words[$0] }
        XCTAssertEqual(rows.count, 25, "every branch's row is printed")
        let sheets = Dictionary(grouping: rows, by: \.sheet).mapValues(\.count)
        XCTAssertGreaterThan(sheets.count, 1, "the grid runs over two sheets: \(sheets)")
        for (sheet, count) in sheets {
            XCTAssertGreaterThanOrEqual(count, 2, "sheet \(sheet) holds a lone row of the grid: \(sheets.sorted { $0.key < $1.key })")
        }
        let totals = texts.indices.filter { texts[$0...].starts(with: ["Số", "chi", "bộ", "thực"]) }
        XCTAssertEqual(totals.count, 1, "the totals are printed once")
        XCTAssertEqual(totals.first.map { printed.words[$0].sheet }, sheets.keys.max(), "on the last sheet of the grid")
        let captions = texts.indices.filter { texts[$0...].starts(with: ["lượt", "chi", "bộ", "sinh", "hoạt"]) }
        XCTAssertEqual(captions.count, 1, "the caption is printed once")
    }

    /// The chart of a ranking of 50 branches ran over three sheets, a bar's name cut through at
    /// each sheet's end, its heading on the first; then it was printed whole on one sheet, but
    /// its names at about 4 pt; then in three parts, each whole on a sheet of its own, which left
    /// blank what a part did not fill of the sheet before it. It is printed in three parts under
    /// their titles, the first under the section's heading, the names at 8 pt or more, the bars
    /// running on from one sheet to the next, each bar whole on a sheet.
    func testALongRankingsChartIsPrintedInPartsWithReadableNames() throws {
        let built = try BuiltSite.build(changes: RankingChartPartsTests.branches(45))
        keep(built.root)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let printed = try PrintedPageWords(page: "xep-hang/2024/index.html", in: built)
        let words = printed.words, texts = words.map(\.text)
        let heading = try XCTUnwrap(texts.indices.first { texts[$0...].starts(with: ["Biểu", "đồ", "tổng", "điểm"]) }, "the chart's heading")
        let titles = texts.indices.filter { texts[$0] == "Phần" && texts.indices.contains($0 + 1) && texts[$0 + 1].hasSuffix("/3:") }
        let captions = texts.indices.filter { texts[$0...].starts(with: ["Tổng", "điểm", "của", "từng"]) }
        XCTAssertEqual(titles.count, 3, "three parts, each under its title")
        XCTAssertEqual(captions.count, titles.count, "each with its caption")
        XCTAssertEqual(titles.first.map { words[$0].sheet }, words[heading].sheet, "the first part under the section's heading")
        // The chart prints in DejaVu Sans where Noto Sans is missing (as on this machine); its word box
        // is 1,164 times the font's size (ascent 0,928, descent 0,236): 9,3 pt high for 8 pt.
        let eightPoints = 8 * 1.164
        for (title, caption) in zip(titles, captions) {
            XCTAssertGreaterThanOrEqual((title..<caption).filter { texts[$0] == "khu" }.count, 15, printed.context(title))
        }
        let names = (heading..<(captions.last ?? heading)).filter { texts[$0] == "khu" }
        // (Chromium prints a name twice: its white outline, then the name over it.)
        XCTAssertTrue([45, 90].contains(names.count), "every name of the chart is printed: \(names.count)")
        let smallest = names.map { words[$0].height }.min() ?? 0
        XCTAssertGreaterThanOrEqual(smallest, eightPoints, "names printed at \(smallest / 1.164) pt")
        // Each bar's name on one sheet: a name cut through at a sheet's end prints on two. (Its
        // number is the word after "số", which Chromium's outlined names may print twice.)
        let numbers = (heading..<(captions.last ?? heading)).filter {
            texts[$0] == "số" && Int(texts[$0 + 1]) != nil && texts[($0 - 3)..<$0].contains("cư")
        }
        let sheetsOfNames = Dictionary(grouping: numbers, by: { texts[$0 + 1] }).mapValues { Set($0.map { words[$0].sheet }) }
        XCTAssertEqual(sheetsOfNames.count, 45, "\(sheetsOfNames.keys.sorted())")
        XCTAssertEqual(sheetsOfNames.filter { $0.value.count > 1 }.keys.sorted(), [], "bars printed over two sheets")
        XCTAssertGreaterThan(Set(sheetsOfNames.values.flatMap { $0 }).count, 1, "the bars run over sheets")
        let tableCaptions = texts.indices.filter { texts[$0...].starts(with: ["Bảng", "xếp", "hạng", "thi", "đua"]) }
        XCTAssertEqual(tableCaptions.count, 1, "the table's caption is printed once")
    }
}
