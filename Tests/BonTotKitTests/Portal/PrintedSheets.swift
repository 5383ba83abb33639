@testable import BonTotKit
import Foundation
import XCTest

/// A PDF read back sheet by sheet (`pdftotext -f N -l N`), as a clerk files the printed pages:
/// a built page printed on A4 by WeasyPrint or Chromium as `bontot build --pdf` prints the
/// bulletin (`PDFEngine`), or a PDF the build wrote. WeasyPrint, Chromium and poppler-utils
/// come with `make test`; without them these tests fail.
struct PrintedSheets {
    /// How pdftotext lays out a sheet's text.
    enum Reading: String {
        /// As printed, a line of the sheet a line of text (`-layout`).
        case layout = "-layout"
        /// In the order the PDF draws it, a cell's lines one after the other (`-raw`).
        case drawingOrder = "-raw"
    }

    /// The text of each sheet, the first sheet first.
    let texts: [String]

    /// The sheets of `pdf`.
    init(pdf: URL, reading: Reading = .layout) throws {
        let pdfinfo = try XCTUnwrap(BulletinPDFTests.tool("pdfinfo"), "pdfinfo (poppler-utils, installed by make test)")
        let pdftotext = try XCTUnwrap(BulletinPDFTests.tool("pdftotext"), "pdftotext (poppler-utils, installed by make test)")
        let info = try BulletinPDFTests.run(pdfinfo, [pdf.path])
        let count = try XCTUnwrap(info.firstMatch(of: #/Pages:\s+([0-9]+)/#).flatMap { Int($0.output.1) }, "not a PDF: \(info)")
        texts = try (1...max(count, 1)).map { sheet in
            try BulletinPDFTests.run(pdftotext, [reading.rawValue, "-f", "\(sheet)", "-l", "\(sheet)", pdf.path, "-"])
        }
    }

    /// `page` (a path inside `output`) printed by `engine` into a PDF beside `output`; its path.
    static func print(_ page: String, in output: URL, engine: PDFEngine.Kind) throws -> URL {
        let printer = try XCTUnwrap(PDFEngine.find(engine.rawValue), "\(engine.displayName) (installed by make test)")
        let pdf = output.deletingLastPathComponent().appending(path: "in-\(engine.rawValue)-\(UUID().uuidString).pdf")
        let run = try ExternalTool.run(printer.executable, printer.arguments(input: output.appending(path: page), output: pdf))
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf.path), "\(engine.displayName) printed no PDF: \(run.errors)")
        return pdf
    }

    /// How far down each sheet of `pdf` its words reach, as a share of the height between the
    /// margins of `style.css` (16 mm above, 18 mm below); the sheet's head and foot (its title,
    /// "Trang N/M"), in the margins, aside. A sheet printed to its foot is about 1.
    static func depths(pdf: URL) throws -> [Double] {
        let pdftotext = try XCTUnwrap(BulletinPDFTests.tool("pdftotext"), "pdftotext (poppler-utils, installed by make test)")
        let points = { (millimetres: Double) in millimetres / 25.4 * 72 }
        var depths: [Double] = []
        var height = 0.0
        for line in try BulletinPDFTests.run(pdftotext, ["-bbox", pdf.path, "-"]).split(separator: "\n") {
            if let page = line.firstMatch(of: #/<page width="[0-9.]+" height="([0-9.]+)">/#) {
                height = Double(page.output.1) ?? 0
                depths.append(0)
            }
            guard let word = line.firstMatch(of: #/<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">/#),
                  let top = Double(word.output.1), let bottom = Double(word.output.2), !depths.isEmpty,
                  top >= points(16), bottom <= height - points(18) else { continue }
            depths[depths.count - 1] = max(depths[depths.count - 1], (bottom - points(16)) / (height - points(16) - points(18)))
        }
        return depths
    }

    /// Each sheet's text with its white space folded to single spaces.
    var foldedTexts: [String] {
        texts.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    /// The sheets (counted from 1) whose foot does not read "Trang N/M", M the number of sheets.
    var unnumberedSheets: [Int] {
        foldedTexts.indices.filter { !" \(foldedTexts[$0]) ".contains(" Trang \($0 + 1)/\(texts.count) ") }.map { $0 + 1 }
    }

    /// The sheets after the first (counted from 1) whose first line is not `title` (read `.layout`).
    func sheetsNotHeaded(by title: String) -> [Int] {
        texts.indices.dropFirst().filter { sheet in
            texts[sheet].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } != title
        }.map { $0 + 1 }
    }
}
