import Foundation
import XCTest

/// A portal page printed on A4 from headless Chromium (its print dialog's settings, the page's
/// own print stylesheet) and read back word by word with where each word lies on its sheet
/// (`pdftotext -bbox`), as the office hands it round. Chromium and poppler-utils come with
/// `make test`; without them these tests fail.
struct PrintedPageWords {
    /// One printed word: its text and the top of its line, in points from the top of its sheet.
    struct Word {
        var text: String
        var sheet: Int
        var top: Double
        var left: Double
        /// The height of its box, in points: about 1,16 times its font's size (the ascent and
        /// descent of Noto Sans and DejaVu Sans).
        var height: Double = 0
    }

    private(set) var words: [Word] = []

    /// The words of `page` (a path inside `built`'s output) printed to PDF, in reading order.
    init(page: String, in built: BuiltSite) throws {
        let pdf = built.root.appending(path: "in-\(UUID().uuidString).pdf")
        _ = try ExternalTool.run(try SearchPageBrowserTests.chromium(), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
            "--user-data-dir=\(built.root.appending(path: "chromium-profile").path)",
            "--print-to-pdf=\(pdf.path)", built.output.appending(path: page).absoluteString,
        ])
        try self.init(pdf: pdf)
    }

    /// The words of `pdf`, in reading order.
    init(pdf: URL) throws {
        let pdftotext = try XCTUnwrap(BulletinPDFTests.tool("pdftotext"), "pdftotext (poppler-utils, installed by make test)")
        let boxes = try BulletinPDFTests.run(pdftotext, ["-bbox", pdf.path, "-"])
        var sheet = 0
        for line in boxes.split(separator: "\n") {
            if line.contains("<page ") { sheet += 1 }
            guard let match = line.firstMatch(of: #/<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">(.*)</word>/#),
                  let left = Double(match.output.1), let top = Double(match.output.2),
                  let bottom = Double(match.output.3) else { continue }
            let text = String(match.output.4).replacingOccurrences(of: "&amp;", with: "&")
            words.append(Word(text: text, sheet: sheet, top: top, left: left, height: bottom - top))
        }
    }

    /// Whether `word` is printed on the line of the word before it (same sheet, same top).
    func sharesALineWithTheWordBefore(_ index: Int) -> Bool {
        index > 0 && words[index - 1].sheet == words[index].sheet && abs(words[index - 1].top - words[index].top) < 1
    }

    /// The words around `index`, for a failure's message.
    func context(_ index: Int) -> String {
        words[max(0, index - 4)..<min(words.count, index + 5)].map(\.text).joined(separator: " ")
    }
}
