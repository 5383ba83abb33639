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

    /// With `xlsx_sheet: Bảng điểm`, 2024.xlsx read by it and 2025.xlsx's sheet renamed "Bảng
    /// điểm 2025", the advice was to write 'xlsx_sheet: Bảng điểm 2025', which then broke 2024.xlsx.
    /// Beside other workbooks, it is to rename this workbook's sheet, as xlsx_sheet: names every one's.
    func testBesideOtherWorkbooksTheSheetIsToBeRenamedNotSiteYAML() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-sheet-bang-diem.xlsx")),
                               "content/evaluations/2025.xlsx": .bytes(try OfficeFixtures.bytes("scores-sheet-bang-diem-2025.xlsx")),
                               "site.yaml": try site("xlsx_sheet: Bảng điểm")])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "content/evaluations/2025.xlsx: error: bảng tính không có trang 'Bảng điểm' mà site.yaml chọn ('xlsx_sheet: Bảng điểm'); "
                + "các trang có: Bảng điểm 2025; 'xlsx_sheet' chọn trang theo tên này ở mọi bảng tính, cả '2024.xlsx': hãy đổi tên "
                + "trang 'Bảng điểm 2025' của bảng tính này thành 'Bảng điểm' thay vì sửa site.yaml (chỉ sửa 'xlsx_sheet' khi trang "
                + "bảng điểm của mọi bảng tính đã cùng một tên mới) / no sheet named 'Bảng điểm', which xlsx_sheet: in site.yaml "
                + "names; the sheets are: Bảng điểm 2025; xlsx_sheet: names the sheet of every workbook, '2024.xlsx' too: rename "
                + "the sheet 'Bảng điểm 2025' of this workbook 'Bảng điểm' rather than change site.yaml",
        ])
    }
}
