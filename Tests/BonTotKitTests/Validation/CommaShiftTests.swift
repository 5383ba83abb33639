import BonTotKit
import Foundation
import XCTest

/// A CSV separated by ',' whose row has more cells than its header: a score typed with a decimal
/// comma ("17,5") split a cell in two, and every later cell lands in the next column.
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
            .error(file, 2, "dòng có 9 ô, nhiều hơn 8 cột của dòng tiêu đề: có lẽ một số thập phân viết dấu phẩy"),
        ])
    }
}
