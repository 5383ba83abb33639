import BonTotKit
import Foundation
import XCTest

/// A problem of a whole workbook (a branch it does not score, a sheet it lacks) is told at the
/// workbook alone, `content/evaluations/2024.xlsx: warning: …`: a workbook has cells, not lines,
/// and `2024.xlsx:1:` sent the clerk to look for a line 1 Excel does not show. A problem of a cell
/// still names the cell, and a text file its line.
final class WorkbookWideWarningPlaceTests: WorkbookTestCase {
    func testABranchTheWorkbookDoesNotScoreIsToldAtTheWorkbook() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-party-header.xlsx")),
                               "content/branches/ap-moi.yaml": .text("name: Chi bộ ấp Mới\nkind: khu-dan-cu\n")])
        let unscored = loaded.diagnostics.sorted.map(\.description).filter { $0.contains("'ap-moi'") && $0.contains("kỳ 2024") }
        XCTAssertEqual(unscored.count, 1, printed(loaded))
        XCTAssertTrue(unscored.first?.hasPrefix("\(xlsx): warning: ") == true, printed(loaded))
    }

    func testPlacesOfCellsAndLinesAreUnchanged() {
        XCTAssertEqual(SourceLocation(file: xlsx, line: 7, cell: "Sheet1!D7").description, "\(xlsx):Sheet1!D7")
        XCTAssertEqual(SourceLocation(file: "content/evaluations/2024.ODS", line: 1).description, "content/evaluations/2024.ODS")
        XCTAssertEqual(SourceLocation(file: csv, line: 1).description, "\(csv):1")
        XCTAssertEqual(SourceLocation(file: "content/evaluations/2024.yaml", line: 4).description, "content/evaluations/2024.yaml:4")
    }
}
