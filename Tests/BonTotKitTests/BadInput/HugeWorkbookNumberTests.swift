@testable import BonTotKit
import Foundation
import XCTest

/// Numbers typed huge in a score workbook (a key held down: 1E+300, -1E+308, 1E+20) are told
/// with their value, as the same cells of a CSV are: the reader scaled every number by 10^9 to
/// tidy its fraction, so 1E+300 overflowed and the message said "'inf' is not a number" of a
/// cell that shows 1E+300 (`scores-huge.xlsx`, made by `make_huge_numbers_workbook.py`).
final class HugeWorkbookNumberTests: WorkbookTestCase {
    func testHugeNumbersInAWorkbookAreToldWithTheirValue() throws {
        let loaded = try workbook("scores-huge.xlsx")
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(xlsx):Sheet1!G2: error: điểm 'bonus' của 'ap-1' là 1e+300, vượt điểm tối đa 5 / score above its max 5",
            "\(xlsx):Sheet1!F3: error: điểm 'dang-vien' của 'ap-2' là -1e+308, nhỏ hơn 0 / score below 0",
            "\(xlsx):Sheet1!I4: error: 'violations' của 'truong-thcs' phải là số nguyên từ 0 đến 10.000.000 "
                + "/ must be a whole number from 0 to 10000000",
        ], printed(loaded))
    }
}
