import BonTotKit
import Foundation
import XCTest

/// `evaluations/<period>.xls`: a score sheet kept in Excel 97–2003's format is saved as .xlsx by
/// LibreOffice (`make test` installs it) and ranks as the same sheet saved as .xlsx, its cells
/// in .VnTime converted too (`Tests/Fixtures/office/legacy-office/`, made by
/// `make_libreoffice_copies.sh`); a damaged one is one clear error.
final class LegacyWorkbookTests: WorkbookTestCase {
    private let xls = "content/evaluations/2024.xls"

    func testAnXLSWorkbookRanksAsTheSameSheetSavedAsXLSX() throws {
        for name in ["scores-libreoffice", "scores-vntime"] {
            let fromXLSX = try load([xlsx: .bytes(try OfficeFixtures.bytes(name + ".xlsx"))])
            let fromXLS = try load([xls: .bytes(try OfficeFixtures.bytes("legacy-office/\(name).xls"))])
            XCTAssertEqual(fromXLS.diagnostics.sorted.map(\.description),
                           fromXLSX.diagnostics.sorted.map { $0.description.replacingOccurrences(of: xlsx, with: xls) }, name)
            XCTAssertEqual(ranking(fromXLS), ranking(fromXLSX), name)
            XCTAssertEqual(fromXLS.site?.evaluations.first?.entries.map { $0.note ?? "" },
                           fromXLSX.site?.evaluations.first?.entries.map { $0.note ?? "" }, name)
        }
    }

    func testADamagedXLSIsOneClearError() throws {
        let whole = try OfficeFixtures.bytes("legacy-office/scores-libreoffice.xls")
        let loaded = try load([xls: .bytes(Array(whole.prefix(600)))])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(xls): error: LibreOffice không chuyển được tệp sang .xlsx (không mở được tệp: tệp hỏng, bị cắt cụt hoặc không đúng "
                + "loại); hãy mở bảng tính bằng Excel và lưu lại dạng \"Excel Workbook (.xlsx)\" / LibreOffice could not convert the "
                + "workbook: save it as .xlsx",
        ])
    }
}
