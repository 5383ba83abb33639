import BonTotKit
import Foundation
import XCTest

/// A CSV separated by ',' whose row has more cells than its header: a score typed with a decimal
/// comma ("17,5") or a note holding a comma outside quotes split a cell in two, and every later
/// cell lands in the next column. The row's error quotes what the clerk typed and where.
final class CommaShiftTests: XCTestCase {
    private let file = "content/evaluations/2024.csv"
    private let header = "branch,nhiem-vu-chinh-tri.chi-tieu,nhiem-vu-chinh-tri.tien-do,sinh-hoat,doan-ket-ky-luat,dang-vien,bonus,note"
    private let others = ["ap-2,12,12,25,17,16,0,", "truong-thcs,11,11,21,15,15,0,", "cong-an-xa,10,9,17,13,12,0,"]

    private func changes(_ row: String) -> [String: FileChange] {
        [file: .text(([header, row] + others).joined(separator: "\r\n") + "\r\n")]
    }

    /// Excel ends a row whose last column (the note) is empty with a comma: the shifted row's
    /// last cell is empty, and the shift was not told, the row read with 17 under `dang-vien`
    /// and 5 as its bonus.
    func testAShiftedRowEndingInAnEmptyCellIsTold() throws {
        try assertDiagnostics(changes("ap-1,14,14,28,19,17,5,0,"), [
            .error(file, 2, "dòng có 9 ô, nhiều hơn 8 cột của dòng tiêu đề: có lẽ điểm '17,5' ở cột 'dang-vien' viết dấu phẩy thập phân "
                   + "trong tệp phân cách bằng dấu phẩy, nên bị tách làm hai ô và các ô sau nó lệch sang cột bên phải; hãy lưu tệp "
                   + "bằng ';' hoặc viết 17.5 / more cells than header columns: '17,5' in column 'dang-vien' is likely a decimal "
                   + "comma in a comma-separated file; save with ';' or write 17.5"),
        ])
    }

    /// The score quoted is the row's own ("27,5" under `sinh-hoat`), not a fixed example.
    func testTheSplitScoreIsQuotedWithItsColumn() throws {
        try assertDiagnostics(changes("ap-1,14,14,27,5,19,18,1,Tặng Giấy khen"), [
            .error(file, 2, "có lẽ điểm '27,5' ở cột 'sinh-hoat' viết dấu phẩy thập phân"),
        ])
        try assertDiagnostics(changes("ap-1,14,14,28,19,18,1,25,"), [
            .error(file, 2, "có lẽ điểm '1,25' ở cột 'bonus' viết dấu phẩy thập phân"),
        ])
    }

    /// A note with a comma outside quotes makes the extra cells, not a score: the note is named.
    func testANoteSplitByItsCommaIsToldToBeQuoted() throws {
        try assertDiagnostics(changes("ap-1,14,14,28,19,18,1,Tặng Giấy khen, biểu dương"), [
            .error(file, 2, "dòng có 9 ô, nhiều hơn 8 cột của dòng tiêu đề: có lẽ ghi chú 'Tặng Giấy khen, biểu dương' ở cột 'note' "
                   + "có dấu phẩy nằm ngoài ngoặc kép, nên bị tách làm hai ô; hãy đặt ghi chú trong ngoặc kép (\"…\") hoặc lưu "
                   + "tệp bằng ';' / more cells than header columns: the note 'Tặng Giấy khen, biểu dương' likely holds a comma "
                   + "outside quotes; put the note in quotes \"…\" or save with ';'"),
        ])
        // Quoted, the note is one cell and the row is read.
        try assertDiagnostics(changes("ap-1,14,14,28,19,18,1,\"Tặng Giấy khen, biểu dương\""), [])
    }
    /// A row whose scores are intact and whose extra cells are all empty ("…,17,16," or
    /// "…,18,,,", commas a spreadsheet left after the last column) holds no split number: it was
    /// told "có lẽ một số thập phân…" and its scores dropped. It is read as typed.
    func testTrailingEmptyCellsWithNoSplitNumberAreNoShift() throws {
        let header = "branch,nhiem-vu-chinh-tri.chi-tieu,nhiem-vu-chinh-tri.tien-do,sinh-hoat,doan-ket-ky-luat,dang-vien"
        let rows = ["ap-1,14,14,26,17,16,", "ap-2,12,12,24,17,18,,,", "truong-thcs,11,11,21,15,15", "cong-an-xa,10,9,17,13,12, ,"]
        let loaded = try ValidationSite.load("minimal", [file: .text(([header] + rows).joined(separator: "\r\n") + "\r\n")])
        assertDiagnostics(loaded, [])
        let rows2024 = loaded.analysis?.ranking(Period("2024")!)?.rows
        XCTAssertEqual(rows2024?.first { $0.branchID == "ap-1" }?.card.total, 87)
        XCTAssertEqual(rows2024?.first { $0.branchID == "ap-2" }?.card.total, 83)
        // Within the header, a score followed by what a decimal comma leaves ("17,5") is still told.
        try assertDiagnostics([file: .text(([header, "ap-1,14,14,26,17,5,"] + rows.dropFirst()).joined(separator: "\r\n") + "\r\n")], [
            .error(file, 2, "có lẽ điểm '17,5' ở cột 'doan-ket-ky-luat' viết dấu phẩy thập phân"),
        ])
    }

    /// Excel's "Save as CSV" of a sheet whose last column is empty ends every row with a comma
    /// ("truong-tieu-hoc,27,25,18,17,"), the header's comma kept or not: whole scores side by
    /// side ("27,25") were told as a split score and each row's scores dropped. Every branch row
    /// one empty cell wider is an empty column: the scores are read as typed.
    func testAnEmptyLastColumnInEveryRowIsNoShift() throws {
        let rows = ["ap-1,27,25,18,17,", "ap-2,26,24,17,16,", "truong-thcs,22,21,15,15,", "cong-an-xa,19,17,13,12,"]
        for header in ["branch,nhiem-vu-chinh-tri,sinh-hoat,doan-ket-ky-luat,dang-vien,",
                       "branch,nhiem-vu-chinh-tri,sinh-hoat,doan-ket-ky-luat,dang-vien"] {
            let loaded = try ValidationSite.load("minimal", [file: .text(([header] + rows).joined(separator: "\r\n") + "\r\n")])
            assertDiagnostics(loaded, [])
            let ranking = loaded.analysis?.ranking(Period("2024")!)?.rows
            XCTAssertEqual(ranking?.first { $0.branchID == "ap-1" }?.card.total, 87, header)
            XCTAssertEqual(ranking?.count, 4, header)
        }
        // One row wider with a split score, the others not, is still a shift.
        let header = "branch,nhiem-vu-chinh-tri,sinh-hoat,doan-ket-ky-luat,dang-vien"
        try assertDiagnostics([file: .text(([header, "ap-1,28,26,18,17,5"] + rows.dropFirst().map { String($0.dropLast()) })
            .joined(separator: "\r\n") + "\r\n")], [
            .error(file, 2, "có lẽ điểm '17,5' ở cột 'dang-vien' viết dấu phẩy thập phân"),
        ])
    }
}
