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
        XCTAssertEqual(sheet.rows.last?.cells.map(\.text), ["ap-1", "28", "27", "Tốt", "Tặng Giấy khen của Đảng ủy xã"])
    }
}
