import BonTotOffice
import Foundation
import XCTest

/// Minutes typed in TCVN3 (`.VnTime`) or VNI fonts where Word keeps the font away from the run
/// (in the Normal style, a character style, only for the letters beyond ASCII) or splits a letter
/// between two runs: the import reads the words the clerk sees in Word
/// (`make_legacy_font_documents.py` writes the documents).
final class LegacyFontRunTests: XCTestCase {
    private func paragraphs(_ fixture: String) throws -> [String] {
        try DOCXReader.read(try OfficeFixtures.data(fixture)).blocks.compactMap { block in
            if case .paragraph(let paragraph) = block { return paragraph.text }
            return nil
        }
    }

    /// A .doc typed on an office template keeps its `.VnTime` as the Normal style's font, on no
    /// run: "Chñ tr×: ®ång chÝ NguyÔn V¨n Hïng." was imported as it was, and no date or chair found.
    func testAFontGivenOnlyByTheNormalStyleIsConverted() throws {
        XCTAssertEqual(try paragraphs("bien-ban-vntime-kieu-normal.docx").first, "Chủ trì: đồng chí Nguyễn Văn Hùng.")
    }

    /// A line pasted in Unicode from a newer document keeps its theme font (`w:asciiTheme`) on
    /// its run: it is no TCVN3 text because its paragraph's style is `.VnTime`.
    func testUnicodeTextPastedWithItsThemeFontIsLeftAsItIs() throws {
        XCTAssertEqual(try paragraphs("bien-ban-vntime-kieu-normal.docx").last,
                       "Khách mời: đồng chí Nguyễn Thị Thanh Yên, Bí thư Đảng ủy xã.")
    }

    /// Minutes typed in Unicode on a template whose Normal style is still `.VnTime`: the text
    /// holds letters no legacy font has and stays as typed ("Chủ trỡ: đồng chớ Nguyễn Văn Hựng"
    /// was imported), and its optional hyphen is no TCVN3 ư ("chuyển đổiưsố").
    func testUnicodeTypedInAnOldFontsStyleIsLeftAsItIs() throws {
        XCTAssertEqual(try paragraphs("bien-ban-unicode-kieu-vntime.docx"), [
            "Chủ trì: đồng chí Nguyễn Văn Hùng - Bí thư chi bộ.", "Thư ký: đồng chí Lê Thị Hòa.",
            "Nội dung: phổ biến nghị quyết về chuyển đổisố.",
        ])
        XCTAssertEqual(try DOCXReader.read(try OfficeFixtures.data("bien-ban-unicode-kieu-vntime.docx")).convertedRuns, [:])
        // So does the document saved by LibreOffice Writer (.odt), and a workbook's cell typed in Unicode in a
        // `.VnTime` default font.
        let writer = try ODTReader.read(try OfficeFixtures.data("bien-ban-unicode-kieu-vntime.odt"))
        XCTAssertEqual(writer.blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph.text } else { nil } }.prefix(2),
                       ["Chủ trì: đồng chí Nguyễn Văn Hùng - Bí thư chi bộ.", "Thư ký: đồng chí Lê Thị Hòa."])
        XCTAssertEqual(writer.convertedRuns, [:])
        XCTAssertEqual(LegacyEncoding.tcvn3.convert(fontText: "Hoàn thành tốt nhiệm vụ"), "Hoàn thành tốt nhiệm vụ")
    }

    func testAFontGivenByACharacterStyleIsConverted() throws {
        XCTAssertEqual(try paragraphs("bien-ban-phong-cu-tach-run.docx")[0], "Chủ trì: đồng chí Nguyễn Văn Hùng.")
    }

    /// Word draws every letter beyond ASCII in the `w:hAnsi` font: with `.VnTime` there, the
    /// letters are TCVN3 whatever `w:ascii` names.
    func testTheFontOfTheLettersBeyondASCIIDecides() throws {
        XCTAssertEqual(try paragraphs("bien-ban-phong-cu-tach-run.docx")[1], "Địa điểm: Nhà văn hóa ấp 1.")
    }

    /// VNI types a mark after its vowel, and Word may end a run between them (a spell-check mark,
    /// a bold mark): "Thö ky" + "ù" was "Thư kyù", the mark read as the letter ù.
    func testAVNILetterSplitBetweenTwoRunsIsOneLetter() throws {
        let document = try DOCXReader.read(try OfficeFixtures.data("bien-ban-phong-cu-tach-run.docx"))
        guard case .paragraph(let paragraph) = document.blocks[2] else { return XCTFail("no paragraph") }
        XCTAssertEqual(paragraph.text, "Thư ký: đồng chí Trần Thị Mai.")
        XCTAssertEqual(paragraph.runs.map(\.text), ["Thư ký", ": đồ", "ng chí Trần Thị Mai."],
                       "the letter keeps the formatting of its base; a run of a mark alone is no run")
    }

    /// Writer splits a VNI letter the same way where its mark alone is bold.
    func testAVNILetterSplitBetweenTwoSpansOfAnODTIsOneLetter() throws {
        let document = try ODTReader.read(try OfficeFixtures.data("vni-tach-span.odt"))
        guard case .paragraph(let paragraph) = document.blocks.first else { return XCTFail("no paragraph") }
        XCTAssertEqual(paragraph.text, "Thư ký: đồng chí Trần Thị Mai.")
    }

    /// TCVN3's ư is the byte of the soft hyphen, which Word saves as its optional hyphen
    /// (`<w:softHyphen/>`): "Thư ký" was "Th ký", and the recorder was not found.
    func testTheTCVN3LetterUHornSavedAsAnOptionalHyphenIsKept() throws {
        XCTAssertEqual(try paragraphs("bien-ban-phong-cu-tach-run.docx")[3], "Thư ký: Phó Bí thư chi bộ.")
    }
}
