import BonTotKit
import Foundation
import XCTest

/// The sheet `xlsx_sheet:` names in site.yaml, and the advice when a workbook lacks it
/// (`make_period_workbooks.py`).
final class ChosenSheetNameTests: WorkbookTestCase {
    private func site(_ line: String) throws -> FileChange {
        let site = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/site.yaml"), encoding: .utf8)
        return .text(site + line + "\n")
    }

    /// A tab named "Bảng điểm " (a space after it, unseen on the tab) never matched `xlsx_sheet:
    /// Bảng điểm`, and the advice repeated that same line. The spaces around a name are no part of it.
    func testSpacesAroundASheetsNameAreIgnored() throws {
        let trailing = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-sheet-trailing-space.xlsx")),
                                 "site.yaml": try site("xlsx_sheet: Bảng điểm")])
        XCTAssertEqual(ranking(trailing), try expected(), printed(trailing))
        XCTAssertEqual(trailing.diagnostics.warningCount, 0, printed(trailing))

        let quoted = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-sheet-bang-diem.xlsx")),
                               "site.yaml": try site("xlsx_sheet: \"  bảng  điểm \"")])
        XCTAssertEqual(ranking(quoted), try expected(), printed(quoted))
    }
}
