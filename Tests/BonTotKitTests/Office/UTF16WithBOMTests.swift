@testable import BonTotKit
import Foundation
import XCTest

/// A content file saved as UTF-16 with its byte-order mark, as Notepad's "Unicode" and Excel's
/// "Unicode Text" save it (CRLF lines, an Excel table separated by tabs), is read as it is, its
/// lines where the clerk sees them; it was an error asking for `bontot convert`. Without the
/// mark it is still an error with that advice (`UTF16WithoutBOMTests`), and `convert` still
/// rewrites a marked one as UTF-8.
final class UTF16WithBOMTests: WorkbookTestCase {
    private let minutes = "content/minutes/2024/ap-1-2024-09.md"

    /// `text` as a Windows program saves it: CRLF lines, UTF-16 in `order` after its mark.
    private func saved(_ text: String, _ order: UTF16Text.ByteOrder) -> [UInt8] {
        let units = [0xFEFF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf16)
        return units.flatMap { order == .littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    private func fixtureText(_ path: String) throws -> String {
        try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/" + path), encoding: .utf8)
    }

    /// The minimal fixture with its minutes of `ap-1` for 2024-09 saved as `bytes`.
    private func loadMinutes(_ bytes: [UInt8]) throws -> LoadedSite {
        try load([minutes: .bytes(bytes), csv: .text(try fixtureText(csv))])
    }

    func testExcelsUnicodeTextExportRanksAsTheCSV() throws {
        let tabbed = try fixtureText(csv).replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: ";", with: "\t")
            .replacingOccurrences(of: "1,5", with: "1.5")
        for order in [UTF16Text.ByteOrder.littleEndian, .bigEndian] {
            try assertRanksAsTheCSV(try load([csv: .bytes(saved(tabbed, order))]), order.displayName)
        }
    }

    func testNotepadsUnicodeMinutesArePublishedAsTyped() throws {
        let root = try ValidationSite.make("minimal", [minutes: .bytes(saved(try fixtureText(minutes), .littleEndian))])
        let report = SiteBuilder.build(BuildOptions(siteRoot: root))
        XCTAssertTrue(report.succeeded, report.problems)
        let page = try String(contentsOf: root.appending(path: "output/sinh-hoat/ap-1-2024-09/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("Đồng chí Bí thư báo cáo tình hình tháng 8."), "the body is shown")
        XCTAssertTrue(page.contains("Cải tạo điểm đen rác thải"), "the front matter is read")
        XCTAssertFalse(page.contains("\u{FEFF}"), "no mark is left in the page")
    }

    /// A mistake is told at the line the clerk sees it on, in either byte order.
    func testAMistakeIsToldAtItsLine() throws {
        let typo = try fixtureText(minutes).replacingOccurrences(of: "speakers: 9", with: "speakers: chín")
        let line = try XCTUnwrap(typo.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("speakers:") }) + 1
        for order in [UTF16Text.ByteOrder.littleEndian, .bigEndian] {
            let loaded = try loadMinutes(saved(typo, order))
            XCTAssertEqual(loaded.diagnostics.sorted.map(\.location), [SourceLocation(file: minutes, line: line)], printed(loaded))
        }
    }

    /// A file holding the mark alone is told empty, its 2 bytes the invisible mark.
    func testAFileOfTheMarkAloneIsToldEmpty() throws {
        let loaded = try loadMinutes([0xFF, 0xFE])
        assertDiagnostics(loaded, [.error(minutes, 1, "tệp trống (2 byte: chỉ có dấu BOM vô hình ở đầu tệp")])
    }

    /// A copy cut short within its last letter is told at that line, not read.
    func testACopyCutShortIsToldAtItsLastLine() throws {
        let text = try fixtureText(minutes).trimmingCharacters(in: .newlines)
        let loaded = try loadMinutes(Array(saved(text, .littleEndian).dropLast()))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        assertDiagnostics(loaded, [.error(minutes, lines, "có đoạn hỏng")])
    }

    /// `bontot convert` still rewrites such a file as UTF-8, which ranks the same.
    func testConvertStillRewritesItAsUTF8() throws {
        let tabbed = try fixtureText(csv).replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: ";", with: "\t")
            .replacingOccurrences(of: "1,5", with: "1.5")
        let root = try ValidationSite.make("minimal", [csv: .bytes(saved(tabbed, .littleEndian))])
        let file = root.appending(path: csv)
        let outcome = try LegacyFileConversion.convert(file, path: csv).get()
        XCTAssertEqual(outcome.encoding, .utf16(.littleEndian))
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), tabbed.replacingOccurrences(of: "\n", with: "\r\n"))
        let loaded = SiteLoader.load(root: root)
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
    }
}
