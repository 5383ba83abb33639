import BonTotOffice
import Foundation
import XCTest

/// A score sheet typed with the ABC keyboard in an Excel whose default font is `.VnTime`
/// (`make_legacy_font_workbook.py` writes it): its cells name no style, the default font is theirs.
final class LegacyFontWorkbookTests: XCTestCase {
    /// The level 'Tèt' was "unknown level 'Tèt' (did you mean 'tot'?)" and the note stayed
    /// "TÆng GiÊy khen…": a cell without a style attribute was taken for a Unicode font.
    func testACellInTheWorkbooksDefaultFontIsConverted() throws {
        let sheet = try XLSXReader.sheet(from: try OfficeFixtures.data("scores-vntime-mac-dinh.xlsx"))
        XCTAssertEqual(sheet.rows[1].cells.map(\.text), ["ap-1", "28", "27", "Tốt", "Tặng Giấy khen của Đảng ủy xã"])
    }

    /// A note partly bold is rich text whose first run names no font, as Excel writes it: that
    /// run was left in TCVN3 ("TÆng Giấy khen"); it is in its cell's font. Runs in one font are
    /// converted together: a VNI mark in a bold run of its own was the letter ù ("Thư kyù").
    func testARunOfRichTextIsInItsCellsFontUnlessItNamesOne() throws {
        let sheet = try XLSXReader.sheet(from: try OfficeFixtures.data("scores-vntime-mac-dinh.xlsx"))
        XCTAssertEqual(sheet.rows[2].cells.last?.text, "Tặng Giấy khen")
        XCTAssertEqual(sheet.rows[3].cells.last?.text, "Thư ký")
    }
}
