import BonTotKit
import Foundation
import XCTest

/// Last quarter's (or month's) workbook copied to start this one's: `2024-q2.xlsx` with its one
/// sheet "Quý I", or the title "KẾT QUẢ CHẤM ĐIỂM THI ĐUA QUÝ I NĂM 2024", was ranked as the second
/// quarter without a word (only another year was told). One warning now, at the sheet or the
/// title's cell, as for another year (`make_period_workbooks.py`).
final class OtherPeriodScoreSheetTests: WorkbookTestCase {
    private func load(_ name: String, as period: String, besides others: [String: FileChange] = [:]) throws -> LoadedSite {
        try load(others.merging(["content/evaluations/\(period).xlsx": .bytes(try OfficeFixtures.bytes(name))]) { $1 })
    }

    private func warnings(_ loaded: LoadedSite) -> [String] {
        loaded.diagnostics.sorted.filter { $0.severity == .warning }.map(\.description)
    }

    func testATitleNamingLastQuarterIsToldAtItsCell() throws {
        let loaded = try load("scores-last-quarter-title.xlsx", as: "2024-q2")
        XCTAssertEqual(loaded.diagnostics.errorCount, 0, printed(loaded))
        XCTAssertNotNil(loaded.analysis?.ranking(Period("2024-q2")!), "the scores are still read: the warning leaves the choice to the clerk")
        XCTAssertEqual(warnings(loaded), [
            "content/evaluations/2024-q2.xlsx:Sheet1!A1: warning: dòng tiêu đề 'KẾT QUẢ CHẤM ĐIỂM THI ĐUA QUÝ I NĂM 2024' ghi quý I "
                + "năm 2024, còn tên tệp '2024-q2.xlsx' là kỳ 2024-q2: điểm trong bảng được xếp hạng là điểm kỳ 2024-q2; nếu đây là "
                + "điểm quý I năm 2024, hãy đặt tên tệp là '2024-q1.xlsx'; nếu là điểm kỳ 2024-q2, hãy sửa dòng tiêu đề cho đúng "
                + "/ the title names the period 2024-q1, the file the period 2024-q2: the scores rank as 2024-q2's",
        ], printed(loaded))
    }

    /// The reviewer's workbook: its one sheet "Quý I" under that title is told once, at the
    /// sheet; the first quarter's file already there is named instead of a name to take.
    func testASheetNamedForLastQuarterIsToldAtTheSheet() throws {
        let csv = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let loaded = try load("scores-last-quarter-sheet.xlsx", as: "2024-q2", besides: ["content/evaluations/2024-q1.csv": .text(csv)])
        XCTAssertEqual(loaded.diagnostics.errorCount, 0, printed(loaded))
        XCTAssertEqual(warnings(loaded), [
            "content/evaluations/2024-q2.xlsx:'Quý I'!A1: warning: trang 'Quý I' ghi quý I, còn tên tệp '2024-q2.xlsx' là kỳ 2024-q2: "
                + "điểm của trang được xếp hạng là điểm kỳ 2024-q2; điểm kỳ 2024-q1 đã có ở tệp '2024-q1.csv', nên nếu đây là điểm "
                + "kỳ 2024-q2, hãy sửa tên trang cho đúng; nếu bảng còn là điểm kỳ 2024-q1 chép sang, hãy nhập điểm kỳ 2024-q2 vào "
                + "/ the sheet 'Quý I' names the period 2024-q1, the file the period 2024-q2: its scores rank as 2024-q2's "
                + "(2024-q1's scores are in '2024-q1.csv')",
        ], printed(loaded))
    }

    /// A month's title is told too; the line of the day the table was signed ("ngày 30 tháng 6
    /// năm 2024") names no month of the scores, neither this one nor another.
    func testATitleNamingLastMonthIsToldNotTheDayItWasSigned() throws {
        let loaded = try load("scores-last-month-title.xlsx", as: "2024-06")
        XCTAssertEqual(warnings(loaded), [
            "content/evaluations/2024-06.xlsx:Sheet1!A1: warning: dòng tiêu đề 'KẾT QUẢ CHẤM ĐIỂM THI ĐUA THÁNG 5 NĂM 2024' ghi tháng 5 "
                + "năm 2024, còn tên tệp '2024-06.xlsx' là kỳ 2024-06: điểm trong bảng được xếp hạng là điểm kỳ 2024-06; nếu đây là "
                + "điểm tháng 5 năm 2024, hãy đặt tên tệp là '2024-05.xlsx'; nếu là điểm kỳ 2024-06, hãy sửa dòng tiêu đề cho đúng "
                + "/ the title names the period 2024-05, the file the period 2024-06: the scores rank as 2024-06's",
        ], printed(loaded))
    }

    /// The title naming the file's own quarter, and a year's file, are told nothing.
    func testTheFilesOwnPeriodIsNoOther() throws {
        XCTAssertEqual(warnings(try load("scores-last-quarter-title.xlsx", as: "2024-q1")), [])
        XCTAssertEqual(warnings(try load("scores-last-quarter-title.xlsx", as: "2024")), [])
    }
}
