import BonTotKit
import Foundation
import XCTest

/// A score cell whose number format shows fewer decimals than it holds
/// (`make_rounded_workbooks.py`): Excel showed ap-1's "sinh-hoat" as 28 and the clerk checked
/// 28, but the cell holds 27.96, which was read and ranked without a word. The stored value is
/// still read, and the first such cell is told with the count of them.
final class RoundedScoreCellsTests: WorkbookTestCase {
    private let warning = "ô hiện 28 nhưng lưu 27,96 (cả tệp có 2 ô điểm như vậy): định dạng số của ô ẩn bớt chữ số thập phân, "
        + "bảng xếp hạng dùng số lưu 27,96 mà người nhập không thấy khi mở bảng tính"

    func testAScoreShownWithFewerDecimalsThanItHoldsIsToldAtItsCell() throws {
        let loaded = try workbook("scores-rounded.xlsx")
        let lines = loaded.diagnostics.sorted.map(\.description)
        XCTAssertEqual(lines.count, 1, printed(loaded))
        XCTAssertTrue(lines.first?.hasPrefix("\(xlsx):Sheet1!D2: warning: \(warning)") == true, printed(loaded))
        XCTAssertEqual(ranking(loaded).first?.hasPrefix("1 ap-1 94.21 "), true, "the stored values are read: \(ranking(loaded))")
    }

    /// Calc keeps the value beside the text it shows: the same cells are told in an .ods.
    func testTheSameCellsAreToldInAnOpenDocumentSheet() throws {
        let ods = "content/evaluations/2024.ods"
        let loaded = try load([ods: .bytes(try OfficeFixtures.bytes("opendocument/scores-rounded.ods"))])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description).count, 1, printed(loaded))
        XCTAssertTrue(loaded.diagnostics.sorted.first?.description.hasPrefix("\(ods):Sheet1!D2: warning: \(warning)") == true,
                      printed(loaded))
    }

    /// A score shown with all its decimals, or a whole number in a cell formatted `0`, says nothing.
    func testAScoreShownAsStoredSaysNothing() throws {
        try assertRanksAsTheCSV(try workbook("scores-openpyxl.xlsx"), "scores-openpyxl.xlsx")
    }
}
