import BonTotKit
import Foundation
import XCTest

/// Rows and columns a clerk hid in the score workbook (`make_habit_workbooks.py`): the branch
/// ids in a hidden column beside the names, a hidden helper column, the bonus column hidden to
/// print the sheet narrower, and an old copy of a criterion's column and of a branch's row
/// hidden rather than deleted. What the sheet shows wins over a hidden copy; the rest is read
/// as Excel's own sums read it.
final class HiddenSheetPartsTests: WorkbookTestCase {
    /// Before, the hidden old copies were "cột 'sinh-hoat' có hai lần" and "chi bộ 'ap-2' được
    /// chấm hai lần", each naming a cell the clerk could not see, and the helper column was
    /// "unknown field 'Điểm năm 2023'" at every build.
    func testWhatTheSheetShowsWinsOverAHiddenCopy() throws {
        let loaded = try workbook("scores-hidden-parts.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(xlsx):Sheet1!E1: warning: cột 'Chất lượng sinh hoạt tốt' đang ẩn lặp lại một cột đang hiện; cột ẩn không được đọc "
                + "/ a hidden column repeats a shown one: it is not read",
            "\(xlsx):Sheet1!B3: warning: dòng đang ẩn ghi lại 'ap-2', đã được chấm ở dòng đang hiện (ô Sheet1!B4); dòng ẩn không "
                + "được đọc / a hidden row repeats a branch scored on a shown row: it is not read",
        ])
        let bonus = loaded.site?.evaluations.first { $0.period == Period("2024") }?.entries.first { $0.branchID == "ap-1" }?.bonus
        XCTAssertEqual(bonus, 1.5, "a hidden column that is no copy is read")

        // Calc marks them its own way (table:visibility="collapse"): the same two warnings, naming
        // the .ods file, the cells and why the hidden copies are not read.
        let ods = "content/evaluations/2024.ods"
        let calc = try load([ods: .bytes(try OfficeFixtures.bytes("opendocument/scores-hidden-parts.ods"))])
        XCTAssertEqual(ranking(calc), try expected(), printed(calc))
        XCTAssertEqual(calc.diagnostics.sorted.map(\.description), [
            "\(ods):Sheet1!E1: warning: cột 'Chất lượng sinh hoạt tốt' đang ẩn lặp lại một cột đang hiện; cột ẩn không được đọc "
                + "/ a hidden column repeats a shown one: it is not read",
            "\(ods):Sheet1!B3: warning: dòng đang ẩn ghi lại 'ap-2', đã được chấm ở dòng đang hiện (ô Sheet1!B4); dòng ẩn không "
                + "được đọc / a hidden row repeats a branch scored on a shown row: it is not read",
        ])
    }

    /// Excel's "hide all rows below the table" (`<sheetFormatPr zeroHeight="1">`, a row shown
    /// only where its `<row>` gives it a height) marks no row hidden: the old copy of ap-2's row
    /// below the table was "chấm hai lần" at a row the clerk could not see. It is hidden as Excel
    /// shows it now, and gives way to the shown row.
    func testRowsHiddenBelowTheTableAreHiddenAsExcelShowsThem() throws {
        let loaded = try workbook("scores-rows-hidden-below.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(xlsx):Sheet1!B8: warning: dòng đang ẩn ghi lại 'Chi bộ ấp 2', đã được chấm ở dòng đang hiện (ô Sheet1!B3); dòng ẩn "
                + "không được đọc / a hidden row repeats a branch scored on a shown row: it is not read",
        ])
    }
}
