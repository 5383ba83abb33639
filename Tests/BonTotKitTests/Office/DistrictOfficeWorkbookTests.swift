import BonTotKit
import Foundation
import XCTest

/// Score workbooks laid out as district offices make them, each mixing several habits
/// (`make_district_office_workbooks.py`), all holding the minimal fixture's 2024 scores: each
/// must rank as the fixture's CSV does, without a word.
final class DistrictOfficeWorkbookTests: WorkbookTestCase {
    /// The committee's score beside the branch's own under each criterion, with a total row.
    func testTheCommitteesScoresBesideTheBranchesOwn() throws {
        try assertRanksAsTheCSV(try workbook("scores-district-scorers.xlsx"))
    }

    /// A hidden column of last year's totals, a percentage column, and a hidden old copy of a
    /// row, which is left out with a warning at its cell naming the shown row.
    func testHiddenColumnsAndRowsAndAPercentageColumn() throws {
        let loaded = try workbook("scores-district-hidden.xlsx")
        XCTAssertEqual(ranking(loaded), try expected(), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.description), [
            "\(xlsx):'Năm 2024'!B8: warning: dòng đang ẩn ghi lại 'Chi bộ ấp 2', đã được chấm ở dòng đang hiện (ô 'Năm 2024'!B9); "
                + "dòng ẩn không được đọc / a hidden row repeats a branch scored on a shown row: it is not read",
        ], printed(loaded))
    }

    /// A sheet per cluster, each with its total and average rows and signatures.
    func testASheetPerClusterWithTotalAndAverageRows() throws {
        try assertRanksAsTheCSV(try workbook("scores-district-clusters.xlsx"))
    }

    /// Every score typed as text with a decimal comma ("1,5"), a total row of formulas saved
    /// without their values.
    func testScoresStoredAsTextWithADecimalComma() throws {
        try assertRanksAsTheCSV(try workbook("scores-district-text-comma.xlsx"))
    }

    /// A percentage column, the rank and the 4-tốt mark written right, signatures under the table.
    func testAPercentageRankAndFourGoodColumnWrittenRight() throws {
        try assertRanksAsTheCSV(try workbook("scores-district-percent.xlsx"))
    }

    /// "Cụm | STT | Tên chi bộ | …" with the cluster merged, criteria headed "TC1.1", "TC2",
    /// every number shown with one decimal. Its CSV export writes the violations "0.0" and "1.0":
    /// each was an error ("phải là số nguyên"), and no ranking.
    func testAClusterFirstSheetWithNumberedCriteria() throws {
        let exported = try assertRanksWithItsCSVExport("scores-district-cluster-first")
        XCTAssertTrue(exported.contains(";1.0;61.0;"))
    }

    /// "Chi bộ tự chấm" merged over the criteria, then "Đảng ủy chấm" over them again: it was
    /// "cột … có hai lần" at each criterion and no ranking; the committee's scores are read.
    func testTheBranchesOwnAndTheCommitteesScoresAsTwoGroupsOfCriteria() throws {
        try assertRanksAsTheCSV(try workbook("scores-district-scorer-groups.xlsx"))
    }

    /// A total row labelled with its count ("Cộng: 04 chi bộ") was read as an unknown branch
    /// missing every score (six errors), and a column headed "%" alone was an unknown column.
    func testATotalRowWithItsCountAndAPercentColumn() throws {
        try assertRanksAsTheCSV(try workbook("scores-district-count-total.xlsx"))
    }

    /// A header on three rows: each criterion over its items, each item over "Tự chấm | Đảng ủy
    /// chấm". The workbook read right; its CSV export read the third header row as a row without
    /// a branch id (an error, so no ranking) and the branches' own scores as the committee's.
    func testAHeaderOnThreeRowsOfItemsScoredTwice() throws {
        try assertRanksWithItsCSVExport("scores-district-item-scorers")
    }

    /// Asserts that the workbook `name`.xlsx and its export `name`.csv both rank as the minimal
    /// fixture's CSV does, without a warning; returns the export's text.
    @discardableResult
    private func assertRanksWithItsCSVExport(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try assertRanksAsTheCSV(try workbook("\(name).xlsx"), "the workbook", file: file, line: line)
        let exported = String(decoding: try OfficeFixtures.bytes("\(name).csv"), as: UTF8.self)
        try assertRanksAsTheCSV(try load([csv: .text(exported)]), "the CSV", file: file, line: line)
        return exported
    }
}
