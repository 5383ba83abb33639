@testable import BonTotKit
import Foundation
import XCTest

/// A score sheet of 0 bytes (a copy that failed, "New → empty file" named 2024.xlsx) is one
/// error at its first line saying it is empty and to save the original again, whatever its
/// format; an empty .xls does not start LibreOffice, which would make a workbook of an invented
/// 'Sheet1' of it.
final class EmptyWorkbookTests: WorkbookTestCase {
    private let empty = "tệp trống (0 byte), có lẽ chưa được lưu xong hoặc bị sao chép lỗi; hãy mở bản gốc bằng Excel/Word và lưu lại "
        + "/ the file is empty (0 bytes), probably not saved completely or copied wrongly: open the original in Excel/Word and save it again"

    func testAnEmptyXLSXOrODSSaysItIsEmpty() throws {
        for name in ["content/evaluations/2024.xlsx", "content/evaluations/2024.ods"] {
            let loaded = try load([name: .bytes([])])
            XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), ["\(name): error: \(empty)"], name)
        }
    }

    func testAnEmptyXLSSaysItIsEmptyWithoutStartingLibreOffice() throws {
        let libreOffice = try XCTUnwrap(LibreOfficeConverter.find(), "make test installs libreoffice-calc-nogui")
        let bin = FileManager.default.temporaryDirectory.appending(path: "bontot-empty-xls-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: bin) }
        let starts = try countingLibreOffice(libreOffice.executable, in: bin)
        let name = "content/evaluations/2024.xls"
        let loaded = try load([name: .bytes([])])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), ["\(name): error: \(empty)"])
        XCTAssertEqual(try starts(), 0, "LibreOffice is not started for an empty .xls")
    }
}
