@testable import BonTotOffice
import BonTotFuzzing
import BonTotKit
import Foundation
import XCTest

/// Office files damaged inside, as the `xlsx`, `docx` and `office-file` fuzzers made them: each
/// is one error naming the part or the file, never a stopped program.
final class DamagedOfficePartTests: XCTestCase {
    /// A tag with bytes that are no UTF-8 in its name (`<c\u{FF}…>`, a sheet half overwritten)
    /// once stopped the program inside Foundation's XML parser; it is now a part that is not XML.
    func testANameWithBytesThatAreNoUTF8IsAMalformedPart() {
        let sheet = Data("<worksheet><sheetData><row r=\"1\"><".utf8) + Data([0xFF, 0xFF]) + Data("c r=\"A1\"/></row></sheetData></worksheet>".utf8)
        XCTAssertThrowsError(try XMLTree.parse(sheet, part: "xl/worksheets/sheet1.xml")) { error in
            XCTAssertEqual(error as? OfficeError, .malformedPart("xl/worksheets/sheet1.xml",
                                                                  detail: "có byte không phải UTF-8 hay UTF-16, tệp bị ghi đè hoặc hỏng"))
        }
        let outcome = FuzzInput.run(Data("0".utf8) + sheet, mode: .xlsx)
        XCTAssertEqual(outcome.diagnostics.map(\.description), [
            "content/evaluations/2024.xlsx: error: phần 'xl/worksheets/sheet1.xml' của tài liệu không phải XML hợp lệ "
                + "(có byte không phải UTF-8 hay UTF-16, tệp bị ghi đè hoặc hỏng) / the part 'xl/worksheets/sheet1.xml' is not well-formed XML",
        ])
    }

    /// A row numbered 2^63 - 1, before a row without a number, once overflowed the next row's
    /// number and stopped the program; a number past Excel's last row is read as no number, the
    /// row after the one before, so the sheet reads as it did with its own numbers.
    func testARowNumberNoSheetHasIsTheRowAfterTheOneBefore() throws {
        let sheet = try Data(contentsOf: FuzzCorpusTests.corpus.appending(path: "xlsx/sheet-libreoffice"))
        let text = String(decoding: sheet, as: UTF8.self)
        let damaged = text.replacingOccurrences(of: "<row r=\"1\"", with: "<row r=\"9223372036854775807\"")
            .replacingOccurrences(of: "<row r=\"2\"", with: "<row")
        XCTAssertNotEqual(damaged, text)
        XCTAssertEqual(FuzzInput.run(Data(damaged.utf8), mode: .xlsx).diagnostics.map(\.description),
                       FuzzInput.run(sheet, mode: .xlsx).diagnostics.map(\.description))
        XCTAssertNil(SpreadsheetColumn.parse("A9223372036854775807"))
        XCTAssertNil(SpreadsheetColumn.parse("B1048577"))
        XCTAssertEqual(SpreadsheetColumn.parse("B1048576")?.row, 1_048_576)
    }

    /// Numbers no Office file holds, in the fields the readers count with, once overflowed and
    /// stopped the program (found reading the code the fuzzers reach, each kept in the corpus):
    /// a list level (`w:ilvl`) and an outline level (`w:outlineLvl`) of 2^63 - 1, and an ISO
    /// date's hour and minute as large. Each is read as none, and the document or sheet reads on.
    func testLevelsAndTimesNoOfficeFileHoldsAreReadAsNone() throws {
        XCTAssertNil(WordNumbering.level("9223372036854775807"))
        XCTAssertNil(WordNumbering.level("-1"))
        XCTAssertEqual(WordNumbering.level("8"), 8)
        XCTAssertEqual(XLSXNumberFormats.text(ofISODate: "2024-12-15T9223372036854775807:9223372036854775807"), "15/12/2024")
        XCTAssertEqual(XLSXNumberFormats.text(ofISODate: "2024-12-15T08:30:00"), "15/12/2024 08:30")
        let styles = WordStyles(try XMLTree.parse(Data("""
            <w:styles xmlns:w="w"><w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:pPr><w:outlineLvl w:val="9223372036854775807"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>
            """.utf8), part: "word/styles.xml").root)
        XCTAssertNil(styles.headingLevel("A"))
        XCTAssertEqual(styles.headingLevel("B"), 2)
        for (mode, name) in [(FuzzInput.Mode.docx, "list-level-past-any-list"), (.docx, "outline-level-past-any-heading"),
                             (.xlsx, "iso-date-hour-past-any-clock")] {
            let input = try Data(contentsOf: FuzzCorpusTests.corpus.appending(path: "\(mode.rawValue)/\(name)"))
            XCTAssertEqual(FuzzCorpusTests.problems(FuzzInput.run(input, mode: mode)), [], name)
        }
        let imported = FuzzInput.run(try Data(contentsOf: FuzzCorpusTests.corpus.appending(path: "docx/list-level-past-any-list")), mode: .docx)
        XCTAssertNotNil(imported.pages, "the minutes with the damaged level import, and the site builds: \(imported.diagnostics)")
    }

    /// A part cut short (a document whose writing stopped halfway), or going on after its end,
    /// is a malformed part saying so in Vietnamese, where Foundation's parser on Linux reads the
    /// part up to the cut without failing, and the paragraphs or rows after it were lost in silence.
    func testAPartCutShortOrGoingOnAfterItsEndIsAMalformedPart() {
        let document = "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>Chi bộ ấp 1</w:t></w:r></w:p>\n<w:p><w:r><w:t>Nghị"
        for data in [Data(document.utf8), Data("<w:document xmlns:w=\"w\"/>\n<w:body/>".utf8)] {
            XCTAssertThrowsError(try XMLTree.parse(data, part: "word/document.xml")) { error in
                XCTAssertEqual(error as? OfficeError, .malformedPart("word/document.xml",
                                                                      detail: "dòng 2: XML dừng giữa chừng hoặc còn nội dung sau chỗ kết thúc, tệp bị cắt cụt hoặc ghi dở"))
            }
        }
    }

    /// A whole part that libxml2 only warns about (XML 1.1 declared, `xml:space` spelt with a
    /// capital, a namespace URI holding a space, a prefix never declared) is read to its end, as
    /// it was before parts cut short were refused: Foundation sets its error for warnings too.
    func testAPartLibxmlOnlyWarnsAboutIsReadWhole() throws {
        let body = "<w:body><w:p><w:r><w:t>Chi bộ ấp 1</w:t></w:r></w:p><w:p><w:r><w:t>Nghị quyết</w:t></w:r></w:p></w:body>"
        let parts = [
            "<?xml version=\"1.1\"?><w:document xmlns:w=\"w\">\(body)</w:document>",
            "<w:document xmlns:w=\"w\" xml:space=\"Preserve\">\(body)</w:document>",
            "<w:document xmlns:w=\"urn:a b\">\(body)</w:document>",
            "<w:document>\(body)</w:document>",
        ]
        for xml in parts {
            let tree = try XMLTree.parse(Data(xml.utf8), part: "word/document.xml")
            XCTAssertEqual(tree.root.descendants(named: "t").map(\.text), ["Chi bộ ấp 1", "Nghị quyết"], xml)
        }
    }

    /// The parts Office writes in UTF-16, with or without a byte-order mark, are still read.
    func testAPartInUTF16IsStillRead() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>Chi bộ ấp 1</w:t></w:r></w:p></w:body></w:document>"
        let marked = Data([0xFF, 0xFE]) + xml.data(using: .utf16LittleEndian)!
        let unmarked = xml.data(using: .utf16BigEndian)!
        let utf8 = Data(xml.replacingOccurrences(of: "UTF-16", with: "UTF-8").utf8)
        for data in [marked, unmarked, utf8] {
            let tree = try XMLTree.parse(data, part: "word/document.xml")
            XCTAssertEqual(tree.root.descendants(named: "t").first?.text, "Chi bộ ấp 1")
        }
    }

    /// A zip whose directory points past its end (a file cut short or overwritten) once stopped
    /// the program inside ZIPFoundation's reader of a zip in memory; it is now one error on the
    /// document, and the zip's own bytes are left as they were.
    func testAZipPointingPastItsEndIsOneError() throws {
        var whole = Array(try Data(contentsOf: FuzzCorpusTests.corpus.appending(path: "office-file/document-libreoffice")))
        let directory = try XCTUnwrap((0..<whole.count - 4).first { whole[$0..<$0 + 4] == [0x50, 0x4B, 0x01, 0x02] })
        // The first entry's local header, 0x7FFFFFF0 bytes in: far past the end of the file.
        whole.replaceSubrange(directory + 42..<directory + 46, with: [0xF0, 0xFF, 0xFF, 0x7F])
        let outcome = FuzzInput.run(Data(whole), mode: .officeFile)
        XCTAssertEqual(outcome.diagnostics.filter { $0.severity == .error }.count, 1, "\(outcome.diagnostics)")
        XCTAssertEqual(outcome.diagnostics.first?.location.file, "bien-ban.docx")
        XCTAssertNil(outcome.pages)
    }

    /// A zip whose compressed part runs on to the end of the file without ending (a deflate
    /// stream cut by a later entry written over it) once had the import read it for ever; it is
    /// now a damaged file, refused at once.
    func testACompressedPartThatNeverEndsIsADamagedFile() throws {
        // The second names the method 8200, which ZIPFoundation inflates as any method but 0.
        for name in ["timeout-5884db07e2230c8ec4ac0e135db366eaa32122d8", "timeout-28d49930a73b8de0c74852124b19a913877a3c79"] {
            let endless = try Data(contentsOf: FuzzCorpusTests.corpus.appending(path: "office-file/\(name)"))
            XCTAssertFalse(ZipIntegrity.isSound(endless.dropFirst()), name)
            XCTAssertEqual(FuzzInput.run(endless, mode: .officeFile).diagnostics.map(\.description), [
                "bien-ban.docx: error: tệp không phải tài liệu Office hợp lệ (tệp zip hỏng hoặc bị cắt cụt); hãy mở và lưu lại "
                    + "bằng Excel/Word / not a valid Office file (a damaged or truncated zip)",
            ], name)
        }
        for fixture in ["bien-ban-libreoffice.docx", "scores-libreoffice.xlsx", "odt-features.odt", "bien-ban-python-docx.docx"] {
            XCTAssertTrue(ZipIntegrity.isSound(try OfficeFixtures.data(fixture)), fixture)
        }
        let zip64 = try Data(contentsOf: FuzzCorpusTests.corpus.appending(path: "office-file/document-zip64"))
        XCTAssertTrue(ZipIntegrity.isSound(zip64.dropFirst()), "sizes in ZIP64 extra fields, as Python's zipfile writes them")
        XCTAssertNotNil(FuzzInput.run(zip64, mode: .officeFile).pages)
    }

    /// A web page saved under a Word name, and a minutes document cut short, are not imported:
    /// one error each, on the document.
    func testAWebPageNamedDocxAndACutDocumentAreOneErrorEach() throws {
        let page = Data("1<html><body><p>BIÊN BẢN HỌP CHI BỘ</p><p>Thời gian: ngày 05 tháng 9 năm 2024</p></body></html>".utf8)
        let whole = try Data(contentsOf: FuzzCorpusTests.corpus.appending(path: "office-file/document-libreoffice"))
        for input in [page, whole.prefix(whole.count / 2)] {
            let outcome = FuzzInput.run(input, mode: .officeFile)
            XCTAssertEqual(outcome.diagnostics.map(\.description), [
                "bien-ban.docx: error: tệp không phải tài liệu Office hợp lệ (tệp zip hỏng hoặc bị cắt cụt); hãy mở và lưu lại "
                    + "bằng Excel/Word / not a valid Office file (a damaged or truncated zip)",
            ])
        }
        XCTAssertNotNil(FuzzInput.run(whole, mode: .officeFile).pages, "the whole document imports, and the site builds")
    }
}
