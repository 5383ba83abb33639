import BonTotKit
import Foundation
import XCTest

/// `bontot build --pdf`: the bulletins printed through the engine found on the machine, and
/// what happens when there is none.
final class BulletinPDFTests: XCTestCase {
    /// Every Vietnamese letter the issue asks the PDF to render, as the editorial writes them.
    static let letters = "Ẩ ẫ ậ ằ ẳ ẵ ặ ề ể ễ ệ ỉ ĩ ị ổ ỗ ộ ờ ở ỡ ợ ừ ử ữ ự ỳ ỷ ỹ ỵ đ Đ"

    /// The fixture's September editorial with a line holding every letter.
    static let editorial = """
        ---
        title: Chung sức vượt lũ, giữ vững nền nếp sinh hoạt
        number: 9
        ---
        Tháng 9 năm 2024, các chi bộ vừa lãnh đạo phòng chống lũ vừa duy trì sinh hoạt.

        Bảng chữ cái kiểm tra bản in: \(letters).
        """

    func testThePDFHasTheExpectedPagesAndEveryVietnameseLetter() throws {
        let engine = try XCTUnwrap(PDFEngine.find(), "no PDF engine (WeasyPrint or Chromium): `make test` installs WeasyPrint")
        XCTAssertEqual(engine.kind, .weasyprint, "`make test` installs WeasyPrint, which PDFEngine prefers")
        let pdftotext = try XCTUnwrap(Self.tool("pdftotext"), "poppler-utils is installed with the PDF engine by make test-deps")
        let built = try BuiltSite.build(changes: ["content/bulletins/2024-09.md": Self.editorial], pdf: true)
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        XCTAssertEqual(built.report.diagnostics.warningCount, 0, "\(built.report.diagnostics.sorted)")
        let path = "ban-tin/2024-09/ban-tin-2024-09.pdf"
        XCTAssertEqual(Array(built.bytes(path).prefix(5)), Array("%PDF-".utf8))
        XCTAssertTrue(built.page("ban-tin/2024-09/index.html").contains("<a href=\"ban-tin-2024-09.pdf\" type=\"application/pdf\">"))
        XCTAssertTrue(built.page("ban-tin/index.html").contains("<a href=\"2024-09/ban-tin-2024-09.pdf\" type=\"application/pdf\">PDF"
                                                                      + "<span class=\"visually-hidden\">: Bản tin tháng 9 năm 2024</span></a>"))
        for month in ["2023-12", "2024-08", "2024-12"] {
            XCTAssertFalse(built.bytes("ban-tin/\(month)/ban-tin-\(month).pdf").isEmpty, "every bulletin is printed")
        }

        let pdf = built.output.appending(path: path)
        let text = try Self.run(pdftotext, [pdf.path, "-"])
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for line in ["ĐẢNG BỘ HUYỆN GIỒNG RIỀNG", "ĐẢNG ỦY XÃ HÒA THUẬN", "Số 09-BT/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "Hòa Thuận, ngày 30 tháng 9 năm 2024", "BẢN TIN", "Nạo vét kênh nội đồng"] {
            XCTAssertTrue(words.contains(line), "the PDF's text lacks \(line)")
        }
        for letter in Self.letters.split(separator: " ") {
            XCTAssertTrue(text.contains(letter), "the PDF's text lacks the letter \(letter)")
        }
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.allSatisfy(\.isWhitespace) }.count
        XCTAssertEqual(pages, 2, "the fixture's September bulletin fills two A4 pages")
        XCTAssertTrue(words.contains("Trang 1/2") && words.contains("Trang 2/2"), "page numbers in the footer")
        let pdffonts = try XCTUnwrap(Self.tool("pdffonts"), "pdffonts (poppler-utils, installed by make test)")
        let fonts = try Self.run(pdffonts, [pdf.path])
        XCTAssertTrue(fonts.contains("Liberation-Serif"), "the Times-compatible face of Party documents: \(fonts)")
        let fontLines = fonts.split(separator: "\n").dropFirst(2)
        XCTAssertFalse(fontLines.isEmpty, "pdffonts lists the fonts: \(fonts)")
        for line in fontLines {
            XCTAssertTrue(line.contains(" yes yes "), "every font is embedded as a subset: \(line)")
            // Liberation Serif 1 (fonts-liberation) lacks the letters with two marks (ấ ộ ự…): they
            // came from DejaVu Serif, another typeface in the middle of words. `make` installs 2.
            XCTAssertTrue(line.contains("Liberation-Serif"),
                          "every letter is set in the Times-compatible face, none taken from another: \(line)")
        }
    }

    /// No build time in the PDF: its dates are the bulletin's own (SOURCE_DATE_EPOCH), so two
    /// prints are the same bytes whenever they are made.
    func testTheSameBulletinPrintsToTheSameBytes() throws {
        let engine = try XCTUnwrap(PDFEngine.find(), "no PDF engine: `make test` installs WeasyPrint")
        XCTAssertEqual(engine.kind, .weasyprint, "`make test` installs WeasyPrint, which PDFEngine prefers")
        let pdfinfo = try XCTUnwrap(Self.tool("pdfinfo"), "pdfinfo (poppler-utils, installed by make test)")
        let september = YearMonth(year: 2024, month: 9)
        let root = try BuiltSite.copyFixture("portal")
        let first = BuiltSite.rebuild(root: root, pdf: true, month: september)
        XCTAssertTrue(first.report.succeeded, "\(first.report.diagnostics.sorted)")
        let path = "ban-tin/2024-09/ban-tin-2024-09.pdf"
        let bytes = first.bytes(path)
        XCTAssertEqual(Array(bytes.prefix(5)), Array("%PDF-".utf8))
        let info = try Self.run(pdfinfo, ["-isodates", first.output.appending(path: path).path])
        let dates = info.split(separator: "\n").filter { $0.hasPrefix("CreationDate:") || $0.hasPrefix("ModDate:") }
        XCTAssertFalse(dates.isEmpty, "the PDF states when it was made:\n\(info)")
        for line in dates {
            XCTAssertTrue(line.hasSuffix("2024-09-01T00:00:00Z") || line.hasSuffix("2024-09-30T00:00:00Z"),
                          "the PDF's date is the bulletin's, not the build's: \(line)")
        }
        let second = BuiltSite.rebuild(root: root, pdf: true, month: september)
        XCTAssertTrue(second.report.succeeded, "\(second.report.diagnostics.sorted)")
        XCTAssertEqual(second.bytes(path), bytes, "the same bulletin prints to the same bytes")
    }

    func testWithoutAnEngineTheBuildSaysSoInOneLineAndStillWritesTheHTML() throws {
        let root = try BuiltSite.copyFixture("portal")
        var options = BuildOptions(siteRoot: root, pdf: true)
        options.pdfSearchPath = "/nonexistent"
        let built = BuiltSite(root: root, output: options.output, report: SiteBuilder.build(options))
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let warnings = built.report.diagnostics.sorted.filter { $0.severity == .warning }
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
        let line = try XCTUnwrap(warnings.first).description
        XCTAssertFalse(line.contains("\n"))
        XCTAssertTrue(line.contains("apt-get install weasyprint"), line)
        XCTAssertTrue(line.hasPrefix("output/ban-tin/: warning: "), "a page bontot writes has no line to name: \(line)")
        XCTAssertTrue(built.page("ban-tin/2024-09/index.html").contains("Số 09-BT/ĐU"))
        XCTAssertFalse(built.outputFiles().contains { $0.hasSuffix(".pdf") })
        XCTAssertFalse(built.page("ban-tin/2024-09/index.html").contains(".pdf"), "no link to a PDF that is not made")
    }

    func testAFailingEngineIsADiagnosticNotACrash() throws {
        let folder = try TemporaryFolder.make("bontot-engine")
        let engine = folder.appending(path: "weasyprint")
        try "#!/bin/sh\necho 'lỗi phông chữ' >&2\nexit 3\n".write(to: engine, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: engine.path)

        let built = try BuiltSite.build(pdf: true, pdfEngine: engine.path)
        XCTAssertTrue(built.report.succeeded)
        let failure = try XCTUnwrap(built.report.diagnostics.sorted.first { $0.location.file.hasSuffix("ban-tin/2024-09/index.html") })
        XCTAssertEqual(failure.severity, .warning)
        XCTAssertTrue(failure.message.contains("mã thoát 3") && failure.message.contains("lỗi phông chữ"), failure.message)
        XCTAssertTrue(FileManager.default.fileExists(atPath: built.output.appending(path: "ban-tin/2024-09/index.html").path))
    }

    func testTheEngineIsLookedUpWeasyPrintFirst() throws {
        let folder = try TemporaryFolder.make("bontot-path")
        func install(_ name: String) throws {
            let url = folder.appending(path: name)
            try "#!/bin/sh\n".write(to: url, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        XCTAssertNil(PDFEngine.find(searchPath: folder.path))
        try install("chromium-browser")
        XCTAssertEqual(PDFEngine.find(searchPath: folder.path)?.kind, .chromium)
        try install("weasyprint")
        XCTAssertEqual(PDFEngine.find(searchPath: "/nonexistent:" + folder.path)?.kind, .weasyprint)
        XCTAssertEqual(PDFEngine.find("chromium", searchPath: folder.path)?.executable.lastPathComponent, "chromium-browser")
        XCTAssertNil(PDFEngine.find("weasyprint", searchPath: "/nonexistent"))
    }

    static func tool(_ name: String) -> URL? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appending(path: name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func run(_ tool: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

extension BuiltSite {
    /// Copies the fixture, applies `changes`, and builds it asking for PDFs.
    static func build(_ fixture: String = "portal", changes: [String: String?] = [:], pdf: Bool,
                      pdfEngine: String? = nil) throws -> BuiltSite {
        let root = try prepare(fixture, changes: changes)
        return rebuild(root: root, pdf: pdf, pdfEngine: pdfEngine)
    }

    /// Builds the site at `root` again with the bulletin options.
    static func rebuild(root: URL, pdf: Bool = false, pdfEngine: String? = nil, month: YearMonth? = nil) -> BuiltSite {
        let options = BuildOptions(siteRoot: root, pdf: pdf, pdfEngine: pdfEngine, month: month)
        return BuiltSite(root: root, output: options.output, report: SiteBuilder.build(options))
    }
}
