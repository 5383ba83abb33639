import BonTotKit
import Foundation
import XCTest

/// A score sheet renamed ("Bảng điểm 2024") while `site.yaml` still says `xlsx_sheet: Bảng
/// điểm`: the error says the name it looked for comes from `xlsx_sheet:` in site.yaml, which the
/// clerk may not remember writing, and gives the line to write when one sheet is like it.
final class RenamedScoreSheetTests: WorkbookTestCase {
    private func site(sheet: String) throws -> FileChange {
        let site = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/site.yaml"), encoding: .utf8)
        return .text(site + "xlsx_sheet: \(sheet)\n")
    }

    func testASheetRenamedWithItsYearIsToldTheLineOfSiteYAMLToWrite() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-renamed-sheet.xlsx")), "site.yaml": try site(sheet: "Bảng điểm")])
        let messages = loaded.diagnostics.sorted.map(\.description)
        XCTAssertEqual(messages.count, 1, "\(messages)")
        let message = try XCTUnwrap(messages.first)
        XCTAssertTrue(message.hasPrefix("\(xlsx): error: bảng tính không có trang 'Bảng điểm' mà site.yaml chọn ('xlsx_sheet: Bảng điểm'); "
                                        + "các trang có: Hướng dẫn, Bảng điểm 2024, Chi tiết; "), message)
        XCTAssertTrue(message.contains("hãy sửa dòng đó trong site.yaml thành 'xlsx_sheet: Bảng điểm 2024' (hoặc đổi tên trang lại thành 'Bảng điểm')"), message)
        XCTAssertTrue(message.hasSuffix("write xlsx_sheet: Bảng điểm 2024 in site.yaml (or rename the sheet back)"), message)
    }

    func testWithoutOneSheetLikeItNoLineIsGuessed() throws {
        let loaded = try load([xlsx: .bytes(try OfficeFixtures.bytes("scores-by-year.xlsx")), "site.yaml": try site(sheet: "Năm")])
        let messages = loaded.diagnostics.sorted.map(\.description)
        XCTAssertEqual(messages, ["\(xlsx): error: bảng tính không có trang 'Năm' mà site.yaml chọn ('xlsx_sheet: Năm'); các trang có: Năm 2023, Năm 2024; "
                                  + "hãy sửa 'xlsx_sheet' trong site.yaml thành tên trang bảng điểm (hoặc đổi tên trang đó thành 'Năm') "
                                  + "/ no sheet named 'Năm', which xlsx_sheet: in site.yaml names; the sheets are: Năm 2023, Năm 2024; "
                                  + "write the score sheet's name in xlsx_sheet: in site.yaml (or rename the sheet)"])
    }
}
