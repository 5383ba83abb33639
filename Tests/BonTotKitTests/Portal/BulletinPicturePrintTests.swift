import BonTotKit
import Foundation
import XCTest

/// A picture in the editorial of the printed bulletin (`bontot build --pdf`, WeasyPrint): printed
/// whole on its sheet, however tall, whether Markdown or raw HTML shows it. The sheets are looked
/// at as a clerk holds them: drawn in grey by pdftoppm, their ink measured row by row.
final class BulletinPicturePrintTests: XCTestCase {
    /// A poster three times as tall as it is wide (600 × 1800 px: 159 × 476 mm as drawn), shown
    /// by Markdown and by raw HTML giving it its width, is printed whole on a sheet each, shrunk
    /// to the space between the margins: before, it ran over the page number and off the paper.
    func testATallPictureOfTheEditorialIsPrintedWholeOnItsSheet() throws {
        let poster = #"<svg xmlns="http://www.w3.org/2000/svg" width="600" height="1800" viewBox="0 0 600 1800">"#
            + ##"<rect width="600" height="1800" fill="#000"/></svg>"## + "\n"
        let editorial = """
            ---
            title: Chung sức vượt lũ
            number: 9
            ---
            Tháng 9 năm 2024, các chi bộ vừa lãnh đạo phòng chống lũ vừa duy trì sinh hoạt.

            ![Áp phích phòng chống lũ](media/ap-phich.svg)

            <p><img src="media/ap-phich.svg" alt="Áp phích phòng chống lũ (bản HTML)" width="600"></p>

            Các chi bộ tiếp tục duy trì nền nếp sinh hoạt.
            """
        let site = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "allow_html: false", with: "allow_html: true")
        let root = try BuiltSite.prepare("portal", changes: [
            "site.yaml": site, "content/bulletins/2024-09.md": editorial, "content/media/ap-phich.svg": poster,
        ])
        let built = BuiltSite.rebuild(root: root, pdf: true, month: YearMonth(year: 2024, month: 9))
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let sheets = try Self.sheets(of: built.output.appending(path: "ban-tin/2024-09/ban-tin-2024-09.pdf"))
        XCTAssertFalse(sheets.isEmpty, "the bulletin was printed")

        // The page number sits about 10 mm above the paper's foot; below 6 mm nothing is printed.
        let inkAtTheFoot = sheets.indices.filter { sheets[$0].inkyRows(from: 291, to: 297) > 0 }.map { $0 + 1 }
        XCTAssertEqual(inkAtTheFoot, [], "a picture runs off the foot of sheets \(inkAtTheFoot)")
        // Each picture is a black block at least 50 mm wide and 30 mm high (no line of text is):
        // both are printed, each whole on one sheet between the margins (20 mm above and below).
        let columns = sheets.flatMap { $0.blackBlocks(widerThan: 50) }.filter { $0.upperBound - $0.lowerBound > 30 }
        XCTAssertEqual(columns.count, 2, "both pictures are printed: \(columns)")
        for column in columns {
            XCTAssertGreaterThanOrEqual(column.lowerBound, 19, "a picture starts above the top margin: \(column)")
            XCTAssertLessThanOrEqual(column.upperBound, 278, "a picture runs below the bottom margin: \(column)")
            XCTAssertGreaterThan(column.upperBound - column.lowerBound, 150, "a picture is shrunk more than needed: \(column)")
        }
    }

    /// The sheets of `pdf` drawn in grey at 25 dots per inch (`pdftoppm -gray`).
    static func sheets(of pdf: URL) throws -> [GreySheet] {
        let pdftoppm = try XCTUnwrap(BulletinPDFTests.tool("pdftoppm"), "pdftoppm (poppler-utils, installed by make test)")
        let prefix = pdf.deletingLastPathComponent().appending(path: "sheet")
        _ = try BulletinPDFTests.run(pdftoppm, ["-gray", "-r", "25", pdf.path, prefix.path])
        let folder = pdf.deletingLastPathComponent()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("sheet-") && $0.hasSuffix(".pgm") }
            .sorted { Int($0.dropFirst(6).dropLast(4)) ?? 0 < Int($1.dropFirst(6).dropLast(4)) ?? 0 }
        defer { for file in files { try? FileManager.default.removeItem(at: folder.appending(path: file)) } }
        return try files.map { try GreySheet(pgm: Data(contentsOf: folder.appending(path: $0))) }
    }
}

/// An A4 sheet drawn in grey (a binary PGM from pdftoppm), read in millimetres from its top.
struct GreySheet {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    /// Reads `P5 <width> <height> 255` and the bytes after it.
    init(pgm: Data) throws {
        var fields: [String] = []
        var field = ""
        var index = pgm.startIndex
        while fields.count < 4, index < pgm.endIndex {
            let byte = pgm[index]
            index += 1
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                if !field.isEmpty { fields.append(field); field = "" }
            } else {
                field.append(Character(UnicodeScalar(byte)))
            }
        }
        guard fields.count == 4, fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        self.width = width
        self.height = height
        pixels = Array(pgm[index...].prefix(width * height))
    }

    /// The row at `millimetres` from the sheet's top (297 mm high).
    private func row(at millimetres: Double) -> Int {
        min(height, max(0, Int((millimetres / 297 * Double(height)).rounded())))
    }

    /// How many rows between `from` and `to` (millimetres from the top) hold any dark pixel.
    func inkyRows(from: Double, to: Double) -> Int {
        (row(at: from)..<row(at: to)).filter { line in
            pixels[(line * width)..<min(pixels.count, (line + 1) * width)].contains { $0 < 128 }
        }.count
    }

    /// The runs of rows (millimetres from the top) each holding more than `millimetres` of black:
    /// where a black poster is printed.
    func blackBlocks(widerThan millimetres: Double) -> [ClosedRange<Double>] {
        let least = Int(millimetres / 210 * Double(width))
        let toMillimetres = { (line: Int) in Double(line) / Double(height) * 297 }
        var runs: [ClosedRange<Double>] = []
        var start: Int?
        for line in 0...height {
            let black = line < height && pixels[(line * width)..<min(pixels.count, (line + 1) * width)].filter { $0 < 64 }.count > least
            if black, start == nil { start = line }
            if !black, let first = start {
                runs.append(toMillimetres(first)...toMillimetres(line))
                start = nil
            }
        }
        return runs
    }
}
