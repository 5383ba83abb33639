import BonTotKit
import Foundation
import XCTest

/// The bulletin as `bontot build --pdf` prints it with WeasyPrint (Debian 12's), read back from
/// the PDF with poppler: its tables ruled as on screen, its short tables never cut by a page end.
final class BulletinPrintLayoutTests: XCTestCase {
    /// WeasyPrint drops a border shorthand holding `var()`; the month's figures must still be
    /// printed as a ruled table: the PDF draws the vertical lines between its cells.
    func testTheTablesOfThePrintedBulletinAreRuled() throws {
        let pdftocairo = try XCTUnwrap(BulletinPDFTests.tool("pdftocairo"), "pdftocairo (poppler-utils, installed by make test)")
        let built = try BuiltSite.build(pdf: true)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let pdf = built.output.appending(path: "ban-tin/2024-09/ban-tin-2024-09.pdf")
        let svg = built.root.appending(path: "trang-1.svg")
        _ = try BulletinPDFTests.run(pdftocairo, ["-svg", "-f", "1", "-l", "1", pdf.path, svg.path])
        let drawing = try String(contentsOf: svg, encoding: .utf8)
        XCTAssertGreaterThanOrEqual(Self.verticalRules(in: drawing), 8,
                                    "the figures table (five rows, two columns) is printed without its cell borders")
    }

    /// The leading branches of the December bulletin stay on one page with their caption, even
    /// when a long editorial brings the table to the foot of a page.
    func testTheLeadingBranchesTableIsNeverCutByAPageEnd() throws {
        let pdftotext = try XCTUnwrap(BulletinPDFTests.tool("pdftotext"), "pdftotext (poppler-utils, installed by make test)")
        // Twelve paragraphs put the table across the end of page 2 (found with the old stylesheet).
        let paragraph = "các chi bộ tiếp tục duy trì nền nếp sinh hoạt, nâng cao chất lượng sinh hoạt chi bộ, "
            + "thực hiện tốt các nghị quyết đã đề ra trong năm."
        let editorial = "---\ntitle: Tổng kết năm\nnumber: 12\n---\n"
            + (1...12).map { "Đoạn \($0): \(paragraph)\n" }.joined(separator: "\n")
        let built = try BuiltSite.build(changes: ["content/bulletins/2024-12.md": editorial], pdf: true)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let pdf = built.output.appending(path: "ban-tin/2024-12/ban-tin-2024-12.pdf")
        let pages = try BulletinPDFTests.run(pdftotext, ["-layout", pdf.path, "-"]).components(separatedBy: "\u{0C}")
        XCTAssertGreaterThanOrEqual(pages.filter { !$0.allSatisfy(\.isWhitespace) }.count, 3, "the editorial fills two pages")
        let captions = pages.indices.filter { pages[$0].contains("Các chi bộ dẫn đầu") }
        XCTAssertEqual(captions.count, 1, "one table of the leading branches")
        let headers = pages.indices.filter { pages[$0].contains("Hạng") }
        XCTAssertEqual(headers, captions, "the table's header is printed again on a second page: the table was cut")
    }

    /// A branch's resolutions are printed on one page under its name, even when the editorial
    /// brings them to the foot of a page: a meeting carried over alone to the next page was read
    /// there without the branch it belongs to.
    func testABranchsResolutionsArePrintedOnOnePage() throws {
        // Ten paragraphs put Ấp Bắc's three September meetings across the end of page 2: without
        // `.resolution-branch { break-inside: avoid }` its second or third meeting opens page 3
        // (nine to twelve paragraphs do; found by removing the rule).
        let paragraph = "các chi bộ tiếp tục duy trì nền nếp sinh hoạt, nâng cao chất lượng sinh hoạt chi bộ, "
            + "thực hiện tốt các nghị quyết đã đề ra trong năm."
        let editorial = "---\ntitle: Chung sức vượt lũ\nnumber: 9\n---\n"
            + (1...10).map { "Đoạn \($0): \(paragraph)\n" }.joined(separator: "\n")
        // Only September's bulletin is built and printed (`--month 2024-09 --pdf`).
        let root = try BuiltSite.prepare("portal", changes: [
            "content/bulletins/2024-09.md": editorial,
            "content/minutes/2024/ap-bac-2024-09-chuyen-de.md": Self.meeting(
                date: "2024-09-20", kind: "chuyen-de",
                resolutions: ["Mỗi đảng viên đăng ký một việc làm theo gương Bác", "Mỗi tổ đảng nhận giúp đỡ một hộ khó khăn",
                              "Sơ kết chuyên đề tại hội nghị chi bộ cuối năm"]),
            "content/minutes/2024/ap-bac-2024-09-bat-thuong.md": Self.meeting(
                date: "2024-09-27", kind: "bat-thuong",
                resolutions: ["Rà soát các hộ bị thiệt hại do lũ", "Huy động đoàn viên dọn bùn tại trường học",
                              "Báo cáo Đảng ủy xã kết quả khắc phục hậu quả lũ"]),
        ])
        let built = BuiltSite.rebuild(root: root, pdf: true, month: YearMonth(year: 2024, month: 9))
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let pages = try PrintedSheets(pdf: built.output.appending(path: "ban-tin/2024-09/ban-tin-2024-09.pdf")).texts
        XCTAssertGreaterThanOrEqual(pages.count, 3, "the editorial fills more than a page")

        // The branch's name on a line of its own is its heading (the story and the table of
        // what falls due name it inside longer lines).
        let branch = "Chi bộ ấp Ấp Bắc"
        let headings = pages.indices.filter { pages[$0].split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == branch } }
        XCTAssertEqual(headings.count, 1, "the branch heads its resolutions once: pages \(headings.map { $0 + 1 })")
        let resolutions = ["Hoàn thành cải tạo điểm đen rác thải", "Nạo vét kênh nội đồng (hạn",
                           "Mỗi đảng viên đăng ký", "Mỗi tổ đảng nhận giúp đỡ", "Sơ kết chuyên đề tại hội nghị",
                           "Rà soát các hộ bị thiệt hại", "Huy động đoàn viên dọn bùn", "Báo cáo Đảng ủy xã kết quả"]
        for resolution in resolutions {
            let printedOn = pages.indices.filter { pages[$0].contains(resolution) }.map { $0 + 1 }
            XCTAssertEqual(printedOn, headings.map { $0 + 1 },
                           "«\(resolution)» is printed on a page other than its branch's name")
        }
    }

    /// A September meeting of Ấp Bắc passing `resolutions`.
    private static func meeting(date: String, kind: String, resolutions: [String]) -> String {
        "---\nbranch: ap-bac\ndate: \(date)\nkind: \(kind)\nchair: Đặng Văn Bình\n"
            + "attendance: { present: 35, expected: 40, excused: 5, unexcused: 0 }\nresolutions:\n"
            + resolutions.map { "  - \($0)\n" }.joined() + "---\nSinh hoạt của chi bộ.\n"
    }

    /// An office that changes the bulletin's look (its own `templates/bulletin.css`) and builds
    /// again with `--pdf` gets PDFs in the new look, not the ones printed with the old stylesheet.
    func testAChangedStylesheetPrintsTheBulletinsAgain() throws {
        let pdftotext = try XCTUnwrap(BulletinPDFTests.tool("pdftotext"), "pdftotext (poppler-utils, installed by make test)")
        let first = try BuiltSite.build(pdf: true)
        XCTAssertTrue(first.report.succeeded, "\(first.report.diagnostics.sorted)")
        let path = "ban-tin/2024-09/ban-tin-2024-09.pdf"
        XCTAssertFalse(try BulletinPDFTests.run(pdftotext, [first.output.appending(path: path).path, "-"]).contains("BẢN IN THỬ"))

        let builtIn = BuiltSite.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "templates/bulletin.css")
        let stylesheet = try String(contentsOf: builtIn, encoding: .utf8)
            + "\n@page { @top-center { content: \"BẢN IN THỬ\"; } }\n"
        try FileManager.default.createDirectory(at: first.root.appending(path: "templates"), withIntermediateDirectories: true)
        try stylesheet.write(to: first.root.appending(path: "templates/bulletin.css"), atomically: true, encoding: .utf8)
        let second = BuiltSite.rebuild(root: first.root, pdf: true)
        XCTAssertTrue(second.report.succeeded, "\(second.report.diagnostics.sorted)")
        let text = try BulletinPDFTests.run(pdftotext, [second.output.appending(path: path).path, "-"])
        XCTAssertTrue(text.contains("BẢN IN THỬ"), "the PDF printed with the old stylesheet was kept")
    }

    /// Printed from Chromium with its print dialog's defaults (headers and footers on), the
    /// bulletin carries no browser head (the date and the page's title) above its masthead.
    func testChromiumsOwnHeadIsLeftOutOfThePrintedBulletin() throws {
        let pdftotext = try XCTUnwrap(BulletinPDFTests.tool("pdftotext"), "pdftotext (poppler-utils, installed by make test)")
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let page = built.output.appending(path: "ban-tin/2024-09/index.html")
        let html = built.page("ban-tin/2024-09/index.html")
        let title = try XCTUnwrap(html.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first)
        let pdf = built.root.appending(path: "in-tu-trinh-duyet.pdf")
        _ = try ExternalTool.run(try SearchPageBrowserTests.chromium(), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--user-data-dir=\(built.root.appending(path: "chromium-profile").path)",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ])
        let text = try BulletinPDFTests.run(pdftotext, [pdf.path, "-"])
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(words.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), "the bulletin was printed: \(words.prefix(300))")
        XCTAssertFalse(words.contains(title.replacingOccurrences(of: "&amp;", with: "&")),
                       "the browser printed its head (the page's title) above the masthead: \(words.prefix(300))")
    }

    /// How many thin upright filled rectangles (cell borders) a page drawn by pdftocairo holds.
    static func verticalRules(in svg: String) -> Int {
        let number = #"(-?[0-9.]+)"#
        let pattern = "d=\"M \(number) \(number) L \(number) \(number) L \(number) \(number) L \(number) \(number) Z"
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return 0 }
        let whole = NSRange(svg.startIndex..., in: svg)
        return expression.matches(in: svg, range: whole).filter { match in
            let values = (1...8).compactMap { Range(match.range(at: $0), in: svg).flatMap { Double(svg[$0]) } }
            guard values.count == 8 else { return false }
            let xs = stride(from: 0, to: 8, by: 2).map { values[$0] }
            let ys = stride(from: 1, to: 8, by: 2).map { values[$0] }
            return xs.max()! - xs.min()! < 1.5 && ys.max()! - ys.min()! > 8
        }.count
    }
}
