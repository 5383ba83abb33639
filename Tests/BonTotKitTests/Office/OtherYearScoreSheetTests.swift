import BonTotKit
import Foundation
import XCTest

/// A year rolled over: last year's workbook copied to start the new one, or this year's scores
/// saved under last year's name, ranked without a word as the file's period's. A sheet named for
/// another year ("Năm 2023" in 2024.xlsx), or a title above the table naming only another year,
/// is now one warning saying which file name or sheet to correct; the date a table was signed,
/// commonly in the next year, is no year of the scores. (`make_other_year_workbooks.py`.)
final class OtherYearScoreSheetTests: WorkbookTestCase {
    private func warnings(_ loaded: LoadedSite) -> [String] {
        loaded.diagnostics.sorted.filter { $0.severity == .warning }.map(\.description)
    }

    func testASheetNamedForLastYearIsToldAtTheSheet() throws {
        let loaded = try workbook("scores-last-year-sheet.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), "the scores are still read: the warning leaves the choice to the clerk")
        XCTAssertEqual(warnings(loaded), [
            "\(xlsx):'Năm 2023'!A1: warning: trang 'Năm 2023' ghi năm 2023, còn tên tệp '2024.xlsx' là kỳ 2024: điểm của trang "
                + "được xếp hạng là điểm kỳ 2024; nếu đây là điểm năm 2023, hãy đặt tên tệp là '2023.xlsx'; nếu là điểm kỳ 2024, "
                + "hãy sửa tên trang cho đúng / the sheet 'Năm 2023' names the year 2023, the file the period 2024: its scores rank as 2024's",
        ], printed(loaded))
    }

    func testATitleNamingLastYearIsToldAtItsCell() throws {
        let loaded = try workbook("scores-last-year-title.xlsx")
        XCTAssertEqual(ranking(loaded), try expected())
        XCTAssertEqual(warnings(loaded), [
            "\(xlsx):Sheet1!A1: warning: dòng tiêu đề 'BẢNG TỔNG HỢP ĐIỂM THI ĐUA CHI BỘ NĂM 2023' ghi năm 2023, còn tên tệp "
                + "'2024.xlsx' là kỳ 2024: điểm trong bảng được xếp hạng là điểm kỳ 2024; nếu đây là điểm năm 2023, hãy đặt tên tệp "
                + "là '2023.xlsx'; nếu là điểm kỳ 2024, hãy sửa dòng tiêu đề cho đúng / the title names the year 2023, the file "
                + "the period 2024: the scores rank as 2024's",
        ], printed(loaded))
    }

    func testTheDayATableWasSignedInTheNextYearIsNoOtherYear() throws {
        let loaded = try workbook("scores-signed-next-year.xlsx")
        XCTAssertEqual(ranking(loaded), try expected())
        XCTAssertEqual(warnings(loaded), [], printed(loaded))
    }

    func testACSVExportedFromLastYearsSheetIsToldAtItsTitleLine() throws {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let titled = "KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2023;;;;;;;;;;\n" + text.replacingOccurrences(of: "\u{FEFF}", with: "")
        let loaded = try load([csv: .text(titled)])
        XCTAssertEqual(ranking(loaded), try expected())
        XCTAssertEqual(warnings(loaded).map { $0.components(separatedBy: " / ").first ?? $0 }, [
            "\(csv):1: warning: dòng tiêu đề 'KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2023' ghi năm 2023, còn tên tệp '2024.csv' là kỳ 2024: "
                + "điểm trong bảng được xếp hạng là điểm kỳ 2024; nếu đây là điểm năm 2023, hãy đặt tên tệp là '2023.csv'; nếu là "
                + "điểm kỳ 2024, hãy sửa dòng tiêu đề cho đúng",
        ], printed(loaded))
    }
}
