import BonTotKit
import XCTest

/// A period's ranking printed on A4 for a committee meeting (`/xep-hang/<period>/`).
final class RankingPrintTests: XCTestCase {
    /// The ranking of the portal with 55 more branches ("Chi bộ khu dân cư số 1" … each scored
    /// 80; 60 in all, its chart in three parts of 20 bars), its page and the page printed by
    /// WeasyPrint and by Chromium, once for the tests of the class.
    private static let longRanking = Result { () throws -> (page: String, pdfs: [PDFEngine.Kind: URL]) in
        let built = try BuiltSite.build(changes: RankingChartPartsTests.branches(55, meetings: { _ in 24 }))
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        return (built.page("xep-hang/2024/index.html"), try Dictionary(uniqueKeysWithValues: [PDFEngine.Kind.weasyprint, .chromium].map { engine in
            (engine, try PrintedSheets.print("xep-hang/2024/index.html", in: built.output, engine: engine))
        }))
    }

    /// The sheets of the long ranking as `engine` prints it.
    private func longRanking(_ engine: PDFEngine.Kind, reading: PrintedSheets.Reading = .layout) throws -> PrintedSheets {
        try PrintedSheets(pdf: try XCTUnwrap(try Self.longRanking.get().pdfs[engine]), reading: reading)
    }

    /// A ranking running over several sheets printed no page numbers: a sheet filed alone or
    /// dropped from the pile could not be put back. Each sheet is numbered "Trang N/M" at its
    /// foot, by WeasyPrint and by Chromium.
    func testEverySheetOfALongRankingIsNumbered() throws {
        for engine in [PDFEngine.Kind.weasyprint, .chromium] {
            let sheets = try longRanking(engine)
            XCTAssertGreaterThanOrEqual(sheets.texts.count, 3, "\(engine.displayName): the ranking runs over several sheets")
            XCTAssertEqual(sheets.unnumberedSheets, [], "\(engine.displayName): sheets without their number")
        }
    }

    /// Past the first sheet, the ranking's title ("Xếp hạng thi đua năm 2024", its heading)
    /// heads each sheet, as WeasyPrint prints it and as Chromium (Cốc Cốc, Chrome, Edge, with
    /// its print dialog's headers off) does, which printed the sheets after the first untitled.
    func testEverySheetOfALongRankingIsHeadedByItsTitle() throws {
        for engine in [PDFEngine.Kind.weasyprint, .chromium] {
            let sheets = try longRanking(engine)
            XCTAssertGreaterThanOrEqual(sheets.texts.count, 3, "\(engine.displayName): the ranking runs over several sheets")
            XCTAssertTrue(sheets.texts[0].contains("Xếp hạng thi đua năm 2024"), "\(engine.displayName): the first sheet holds the heading")
            XCTAssertEqual(sheets.sheetsNotHeaded(by: "Xếp hạng thi đua năm 2024"), [], "\(engine.displayName): sheets without the ranking's title")
        }
    }

    /// The table's rows run over sheets whole, each under the table's header: a branch's name
    /// and its scores are printed on one sheet, and every sheet holding rows repeats the header.
    func testALongRankingsRowsArePrintedWholeUnderTheHeader() throws {
        for engine in [PDFEngine.Kind.weasyprint, .chromium] {
            let sheets = try longRanking(engine, reading: .drawingOrder).foldedTexts
            var sheetsWithRows = Set<Int>()
            for number in 1...40 {
                let row = "Chi bộ khu dân cư số \(number) 24 24 16 16 0 0 80 "
                let printedOn = sheets.indices.filter { sheets[$0].contains(row) }
                XCTAssertEqual(printedOn.count, 1, "\(engine.displayName): the row of «số \(number)» is cut or missing: sheets \(printedOn)")
                sheetsWithRows.formUnion(printedOn)
            }
            XCTAssertGreaterThanOrEqual(sheetsWithRows.count, 2, "\(engine.displayName): the table runs over two sheets")
            for sheet in sheetsWithRows.sorted() {
                XCTAssertTrue(sheets[sheet].contains("Tổng điểm Xếp loại"), "\(engine.displayName): sheet \(sheet + 1) has rows without the header")
            }
        }
    }

    /// The heading of the 4-tốt column printed one word a line ("Chi", "bộ", "4", "tốt"), a
    /// tall header repeated on every page; it prints on two lines, "Chi bộ" and "4 tốt".
    func testThe4TotHeadingPrintsOnTwoLines() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let printed = try PrintedPageWords(page: "xep-hang/2024/index.html", in: built)
        let texts = printed.words.map(\.text)
        let heading = try XCTUnwrap(texts.indices.first { texts[$0...].starts(with: ["Chi", "bộ", "4", "tốt"]) },
                                    "the ranking was printed with its 4-tốt column: \(texts.prefix(200))")
        XCTAssertTrue(printed.sharesALineWithTheWordBefore(heading + 1), "\(printed.context(heading + 1))")
        XCTAssertTrue(printed.sharesALineWithTheWordBefore(heading + 3), "\(printed.context(heading + 3))")
    }

    /// WeasyPrint (57) squeezed the key to the criteria under the table into narrow columns, an
    /// entry over two or three lines ("TC1:Lãnh đạo … (tối đa 30" and "điểm)" under it), with no
    /// space after "TC1:". As Chromium prints it, each entry reads on one line, "TC1: Lãnh đạo
    /// hoàn thành tốt nhiệm vụ chính trị (tối đa 30 điểm)", and so does each cluster's.
    func testTheCriteriaKeyPrintsAnEntryOnALine() throws {
        let page = try Self.longRanking.get().page
        let entries = page.matches(of: #/<div><dt>([^<]*)</dt><dd>([^<]*)</dd></div>/#).map { "\($0.output.1): \($0.output.2)" }
        XCTAssertGreaterThanOrEqual(entries.count, 5, "the key names the four criteria and the clusters: \(entries)")
        for engine in [PDFEngine.Kind.weasyprint, .chromium] {
            let lines = try longRanking(engine).texts.flatMap { $0.split(separator: "\n") }
                .map { " " + $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") + " " }
            for entry in entries {
                XCTAssertTrue(lines.contains { $0.contains(" \(entry) ") }, "\(engine.displayName): «\(entry)» is not printed on one line:\n"
                              + lines.filter { $0.contains("TC") || $0.contains("cụm") }.joined(separator: "\n"))
            }
        }
    }

    /// Chromium printed the chart's first part, under "Biểu đồ tổng điểm", a little taller than
    /// what is left of a sheet under the two headings: the legend of its colours went alone to
    /// the next sheet, otherwise blank. Each part's legend is printed right after its last bar,
    /// on that bar's sheet, by both engines.
    func testEachPartOfTheChartIsPrintedWithItsLegend() throws {
        let page = try Self.longRanking.get().page
        let parts = page.matches(of: #/<h3 class="chart-part">([^<]*)</h3>/#).map { String($0.output.1) }
        XCTAssertGreaterThanOrEqual(parts.count, 2, "the chart of 60 branches is drawn in parts")
        // The name of each part's last bar, from the last entry of its description.
        let lastBars = try parts.indices.map { number in
            let description = try XCTUnwrap(page.components(separatedBy: "id=\"bieu-do-xep-hang-\(number + 1)-mo-ta\" hidden>").dropFirst().first)
            let last = try XCTUnwrap(description.components(separatedBy: "</span>").first?.components(separatedBy: "; ").last)
            return try XCTUnwrap(last.firstMatch(of: #/^[0-9]+\. ([^:]*):/#)).output.1 + " "
        }
        for engine in [PDFEngine.Kind.weasyprint, .chromium] {
            // (In the order drawn: Chromium draws a bar's name twice, its white outline and the
            // name over it, which laid out as printed interleave word by word.)
            let sheets = try longRanking(engine, reading: .drawingOrder).foldedTexts
            for (number, part) in parts.enumerated() {
                let first = try XCTUnwrap(sheets.firstIndex { $0.contains(part) }, "\(engine.displayName): «\(part)» is not printed")
                var printedAfterItsBars = false
                for sheet in first..<sheets.count {
                    var rest = sheets[sheet][...]
                    if sheet == first { rest = rest[try XCTUnwrap(rest.range(of: part)).upperBound...] }
                    let next = number + 1 < parts.count ? rest.range(of: parts[number + 1]) : nil
                    rest = rest[..<(next?.lowerBound ?? rest.endIndex)]
                    if let legend = rest.firstMatch(of: #/\(từ [0-9]+ điểm\)/#) {
                        printedAfterItsBars = rest[..<legend.range.lowerBound].contains(lastBars[number])
                        break
                    }
                    if next != nil { break }
                }
                XCTAssertTrue(printedAfterItsBars, "\(engine.displayName): the legend of «\(part)» is not printed under «\(lastBars[number])» on its sheet:\n"
                              + sheets.joined(separator: "\n---\n"))
            }
        }
    }

    /// The chart's first part, drawn as one picture 200 mm tall, went whole to the next sheet
    /// where less than that was left under the text before it, leaving the rest of that sheet
    /// blank (nine tenths of it, Chromium printing a ranking of 200 branches). The chart's bars
    /// run on from where the text ends: no sheet but the last is left half blank, by either engine.
    func testNoSheetButTheLastIsLeftHalfBlank() throws {
        for engine in [PDFEngine.Kind.weasyprint, .chromium] {
            let depths = try PrintedSheets.depths(pdf: try XCTUnwrap(try Self.longRanking.get().pdfs[engine]))
            XCTAssertGreaterThanOrEqual(depths.count, 3, "\(engine.displayName): the ranking runs over several sheets")
            XCTAssertEqual(depths.indices.dropLast().filter { depths[$0] < 0.5 }.map { $0 + 1 }, [],
                           "\(engine.displayName): sheets left half blank (how far down each sheet is printed: \(depths))")
        }
    }
}
