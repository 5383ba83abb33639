import BonTotFuzzing
import BonTotKit
import Foundation
import XCTest

/// An evaluation workbook's sheet of 10,000 rows (`2024.xlsx`; a table of scores may have no
/// more), a group's title merged across every third row and a bonus merged down over the other
/// two: read as a build reads it, with what it tells. Each row was looked for among all the
/// rows, and at every merged range, then each merged range's rows among all the rows: 21 s of
/// the test's 25 in a debug build.
final class LargeWorkbookTests: XCTestCase {
    /// The diagnostics of a workbook whose first sheet is `groups` groups, each a title merged
    /// across A:G ("Khối 1") then two branches not in the site whose bonus, "abc", is merged down
    /// over both.
    private func diagnostics(groups: Int) -> [Diagnostic] {
        var rows = "", merges = ""
        let header = ["branch", "nhiem-vu-chinh-tri.chi-tieu", "nhiem-vu-chinh-tri.tien-do", "sinh-hoat", "doan-ket-ky-luat", "dang-vien", "bonus"]
        func cell(_ column: String, _ row: Int, _ text: String) -> String {
            "<c r=\"\(column)\(row)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
        }
        rows += "<row r=\"1\">" + zip("ABCDEFG", header).map { cell(String($0), 1, $1) }.joined() + "</row>"
        for group in 0..<groups {
            let title = 2 + group * 3
            rows += "<row r=\"\(title)\">" + cell("A", title, "Khối \(group + 1)") + "</row>"
            merges += "<mergeCell ref=\"A\(title):G\(title)\"/><mergeCell ref=\"G\(title + 1):G\(title + 2)\"/>"
            for row in [title + 1, title + 2] {
                rows += "<row r=\"\(row)\">" + cell("A", row, "chi-bo-\(row)")
                    + "BCDEF".map { "<c r=\"\($0)\(row)\"><v>10</v></c>" }.joined()
                    + (row == title + 1 ? cell("G", row, "abc") : "") + "</row>"
            }
        }
        let sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
            + "</sheetData><mergeCells count=\"\(groups * 2)\">" + merges + "</mergeCells></worksheet>"
        return FuzzInput.run(Data("0".utf8) + Data(sheet.utf8), mode: .xlsx).diagnostics
    }

    /// 3,333 groups, 10,000 rows (as many as a table of scores may have): each branch is told
    /// unknown, and each is told its bonus "abc" merged down over the group's two rows is no
    /// number; no title is taken for a branch.
    func testASheetOfTenThousandRowsIsReadOnce() {
        let groups = 3_333
        let told = diagnostics(groups: groups)
        let branchRows = (0..<groups).flatMap { [3 + $0 * 3, 4 + $0 * 3] }
        let unknown = told.filter { $0.message.contains("chi bộ không tồn tại") }
        let bonus = told.filter { $0.message.contains("điểm 'bonus'") && $0.message.hasSuffix("'abc' is not a number") }
        XCTAssertTrue(unknown.map(\.location.line) == branchRows, "\(unknown.count) \(unknown.prefix(3))")
        XCTAssertTrue(bonus.map(\.location.line) == branchRows, "\(bonus.count) \(bonus.prefix(3))")
        XCTAssertEqual(told.count, 4 * groups, "\(told.filter { !$0.message.contains("chi-bo-") }.prefix(3))")
    }
}
