import BonTotKit
import Foundation
import XCTest

/// A workbook keeping a sheet a quarter or a month (`make_period_workbooks.py`): "Quý I 2024"
/// and "Quý II 2024" in `2024-q2.xlsx` ranked the first sheet, last quarter's scores, as the
/// second quarter's, with only the warning to name one sheet in site.yaml's `xlsx_sheet:` (one
/// name for every workbook). The sheet named for the file's period is now read; when none is,
/// an error names each sheet's period, and no other period's scores are ranked.
final class PeriodSheetTests: WorkbookTestCase {
    /// The minimal fixture with its 2024 CSV replaced by the committed workbook `name`, saved as
    /// `content/evaluations/<period>.xlsx`.
    private func workbook(_ name: String, as period: String) throws -> LoadedSite {
        try load(["content/evaluations/\(period).xlsx": .bytes(try OfficeFixtures.bytes(name))])
    }

    /// The ranking of `period`, as its page shows it.
    private func ranking(_ loaded: LoadedSite, of period: String) -> [String] {
        XCTAssertEqual(loaded.diagnostics.errorCount, 0, printed(loaded))
        guard let ranking = loaded.analysis?.ranking(Period(period)!) else { return [] }
        return ranking.rows.map { "\($0.rank) \($0.branchID) \($0.card.total) \($0.card.level?.id ?? "-")" }
    }

    /// The messages of one severity `loaded` gives, in the order they are printed.
    private func messages(_ loaded: LoadedSite, _ severity: Diagnostic.Severity) -> [String] {
        loaded.diagnostics.sorted.filter { $0.severity == severity }.map(\.description)
    }

    /// The ranking the minimal fixture's 2024 scores give as `period`'s: the sheet of the file's period.
    private func expected(as period: String) throws -> [String] {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(csv)"), encoding: .utf8)
        let rows = ranking(try load(["content/evaluations/\(period).csv": .text(text)]), of: period)
        XCTAssertEqual(rows.count, 4)
        return rows
    }

    func testTheQuartersSheetIsReadNotTheFirst() throws {
        let loaded = try workbook("scores-quarter-sheets.xlsx", as: "2024-q2")
        XCTAssertEqual(ranking(loaded, of: "2024-q2"), try expected(as: "2024-q2"), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, "every other sheet names another quarter: nothing is ambiguous; \(printed(loaded))")
    }

    func testTheMonthsSheetIsReadNotTheFirst() throws {
        let loaded = try workbook("scores-month-sheets.xlsx", as: "2024-06")
        XCTAssertEqual(ranking(loaded, of: "2024-06"), try expected(as: "2024-06"), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
    }

    /// "Quý I" and "Quý II" without a year were read as a sheet a cluster: each branch "scored
    /// twice". They are quarters of the file's year.
    func testQuartersWithoutAYearAreNotClusters() throws {
        let loaded = try workbook("scores-quarter-sheets-no-year.xlsx", as: "2024-q2")
        XCTAssertEqual(ranking(loaded, of: "2024-q2"), try expected(as: "2024-q2"), printed(loaded))
        XCTAssertFalse(printed(loaded).contains("chấm hai lần"), printed(loaded))

        let ofTheYear = try workbook("scores-quarter-sheets-no-year.xlsx", as: "2024")
        XCTAssertEqual(ofTheYear.diagnostics.sorted.map(\.description), [
            "content/evaluations/2024.xlsx:'Quý I'!A1: error: các trang có bảng điểm ghi các quý của năm 2024, kỳ của tệp "
                + "'2024.xlsx': 'Quý I' (quý I), 'Quý II' (quý II); bontot đọc mỗi tệp một bảng điểm nên không trang nào được đọc. "
                + "Hãy để điểm cả năm ở một trang (đặt tên 'Cả năm'), hoặc đặt tên tệp theo quý (2024-q2.xlsx) / the sheets name "
                + "the quarters of the file's period 2024: 'Quý I', 'Quý II'; bontot reads one table per file: keep the year's "
                + "total in one sheet, or name the file by the quarter (2024-q2.xlsx)",
        ])
    }

    /// "Cả năm" beside "Quý IV" in 2024.xlsx is the year's tab: it is read, not refused as naming no period.
    func testTheWholeYearsSheetIsTheYearFilesPeriod() throws {
        let loaded = try workbook("scores-quarter-and-whole-year.xlsx", as: "2024")
        XCTAssertEqual(ranking(loaded, of: "2024"), try expected(as: "2024"), printed(loaded))
        XCTAssertEqual(loaded.diagnostics.warningCount, 0, printed(loaded))
    }

    /// No sheet of the third quarter: neither of the others is ranked as it.
    func testWithoutTheFilesPeriodsSheetNoneIsRead() throws {
        let loaded = try workbook("scores-quarter-sheets.xlsx", as: "2024-q3")
        XCTAssertNil(loaded.analysis?.ranking(Period("2024-q3")!), printed(loaded))
        XCTAssertEqual(messages(loaded, .error), [
            "content/evaluations/2024-q3.xlsx:'Quý I 2024'!A1: error: không trang nào có tên ghi kỳ của tệp '2024-q3.xlsx' (quý III "
                + "năm 2024), còn các trang có bảng điểm ghi kỳ khác: 'Quý I 2024' (quý I năm 2024), 'Quý II 2024' (quý II năm 2024); "
                + "không trang nào được đọc, để điểm kỳ khác không bị xếp hạng là điểm kỳ 2024-q3. Nếu điểm kỳ 2024-q3 nằm ở một "
                + "trang, hãy đặt tên trang ghi đúng kỳ đó; nếu bảng tính là điểm kỳ khác, hãy đặt tên tệp theo kỳ đó (mỗi kỳ một "
                + "tệp) / no sheet's name names the file's period 2024-q3, while the sheets with scores name other periods: "
                + "'Quý I 2024', 'Quý II 2024'; none is read",
        ])
    }

    /// Beside a sheet naming no period ("Sheet1"), the quarter's sheet is read, and a warning
    /// says so: "Sheet1" may hold this quarter's scores too.
    func testASheetNamingNoPeriodBesideItIsToldNotRead() throws {
        let loaded = try workbook("scores-quarter-and-unnamed-sheet.xlsx", as: "2024-q2")
        XCTAssertEqual(ranking(loaded, of: "2024-q2"), try expected(as: "2024-q2"), printed(loaded))
        XCTAssertEqual(messages(loaded, .warning), [
            "content/evaluations/2024-q2.xlsx:'Quý II 2024'!A1: warning: đọc trang 'Quý II 2024' vì tên trang ghi kỳ của tệp '2024-q2.xlsx' "
                + "(quý II năm 2024); trang 'Sheet1' cũng có bảng điểm nhưng tên không ghi kỳ nào nên không được đọc. Nếu điểm kỳ "
                + "2024-q2 nằm ở trang đó, hãy đặt tên các trang cho đúng kỳ của chúng / reads the sheet 'Quý II 2024', whose name "
                + "names the file's period 2024-q2; 'Sheet1', also with scores, names none and is not read",
        ])
    }

    /// "Cả năm" beside a sheet naming no period ("Bảng điểm"), or half a year ("Sơ kết 6
    /// tháng"), in either order, was read with it as a sheet a cluster: each branch "scored
    /// twice". It names the year: it is read, with the warning that the other is not.
    func testTheWholeYearsSheetIsReadBesideASheetNamingNoPeriod() throws {
        let loaded = try workbook("scores-bang-diem-and-whole-year.xlsx", as: "2024")
        XCTAssertEqual(ranking(loaded, of: "2024"), try expected(as: "2024"), printed(loaded))
        XCTAssertEqual(messages(loaded, .warning), [
            "content/evaluations/2024.xlsx:'Cả năm'!A1: warning: đọc trang 'Cả năm' vì tên trang ghi kỳ của tệp '2024.xlsx' "
                + "(năm 2024); trang 'Bảng điểm' cũng có bảng điểm nhưng tên không ghi kỳ nào nên không được đọc. Nếu điểm kỳ "
                + "2024 nằm ở trang đó, hãy đặt tên các trang cho đúng kỳ của chúng / reads the sheet 'Cả năm', whose name "
                + "names the file's period 2024; 'Bảng điểm', also with scores, names none and is not read",
        ])

        let first = try workbook("scores-whole-year-and-half-year.xlsx", as: "2024")
        XCTAssertEqual(ranking(first, of: "2024"), try expected(as: "2024"), printed(first))
        XCTAssertFalse(printed(first).contains("chấm hai lần"), printed(first))
        // "Sơ kết 6 tháng" says half a year, which is no period: not told that it names none.
        XCTAssertEqual(messages(first, .warning), [
            "content/evaluations/2024.xlsx:'Sơ kết 6 tháng'!A1: warning: trang 'Sơ kết 6 tháng' (6 tháng, không phải một kỳ) không "
                + "được đọc; đọc trang 'Cả năm' vì tên trang ghi kỳ của tệp '2024.xlsx' (năm 2024). \(understood) / 'Sơ kết 6 "
                + "tháng', naming no period, is not read; reads the sheet 'Cả năm', whose name names the file's period 2024; "
                + understoodEnglish,
        ])
    }

    /// What every message on a sheet saying half a year ends with: the names read as a period.
    private let understood = "Tên trang chỉ được hiểu là một kỳ khi ghi một năm ('Cả năm', 'Năm 2024'), một quý ('Quý I' … "
        + "'Quý IV') hoặc một tháng ('Tháng 1' … 'Tháng 12'); bontot không xếp hạng kỳ '6 tháng'"
    private let understoodEnglish = "a sheet's name names a period when it names a year ('Cả năm', 'Năm 2024'), a quarter "
        + "('Quý I' … 'Quý IV') or a month ('Tháng 1' … 'Tháng 12'); bontot ranks no '6 tháng' period"

    /// "6 tháng đầu năm" was read as "Cả năm" for its word "năm": beside "Cả năm" both were read,
    /// a sheet a cluster, each branch scored twice; alone, its half year ranked as the year without
    /// a word. Half a year is no period (SPEC §1: a year, a quarter or a month): beside "Cả năm" it
    /// is not read, and alone it is read as the file's with a warning at it; both say which names
    /// are understood.
    func testASheetOfHalfAYearNamesNoPeriod() throws {
        let beside = try workbook("scores-half-year-and-whole-year.xlsx", as: "2024")
        XCTAssertEqual(ranking(beside, of: "2024"), try expected(as: "2024"), printed(beside))
        XCTAssertEqual(messages(beside, .warning), [
            "content/evaluations/2024.xlsx:'6 tháng đầu năm'!A1: warning: trang '6 tháng đầu năm' (6 tháng, không phải một kỳ) "
                + "không được đọc; đọc trang 'Cả năm' vì tên trang ghi kỳ của tệp '2024.xlsx' (năm 2024). \(understood) / '6 "
                + "tháng đầu năm', naming no period, is not read; reads the sheet 'Cả năm', whose name names the file's period "
                + "2024; \(understoodEnglish)",
        ])

        let alone = try workbook("scores-half-year-sheet.xlsx", as: "2024")
        XCTAssertEqual(ranking(alone, of: "2024"), try expected(as: "2024"), printed(alone))
        XCTAssertEqual(messages(alone, .warning), [
            "content/evaluations/2024.xlsx:'6 tháng đầu năm'!A1: warning: trang '6 tháng đầu năm' ghi '6 tháng', không phải một "
                + "kỳ, còn tên tệp '2024.xlsx' là kỳ 2024: điểm của trang được xếp hạng là điểm kỳ 2024; nếu đây là điểm kỳ "
                + "2024, hãy sửa tên trang cho đúng. \(understood) / the sheet '6 tháng đầu năm' says '6 tháng', which is no "
                + "period, the file the period 2024: its scores rank as 2024's; \(understoodEnglish)",
        ])
    }

    /// "Sơ kết 6 tháng" beside "Quý I" in 2024.xlsx was read as the one sheet "naming no period":
    /// the half year's scores ranked as the year's. Neither names the year: none is read, and the
    /// error lists what each says.
    func testAHalfYearsSheetIsNotReadAsTheOneNamingNoPeriod() throws {
        let loaded = try workbook("scores-half-year-and-quarter.xlsx", as: "2024")
        XCTAssertNil(loaded.analysis?.ranking(Period("2024")!), printed(loaded))
        XCTAssertEqual(messages(loaded, .error), [
            "content/evaluations/2024.xlsx:'Sơ kết 6 tháng'!A1: error: không trang nào có tên ghi kỳ của tệp '2024.xlsx' (năm "
                + "2024), còn các trang có bảng điểm ghi kỳ khác hoặc khoảng tháng không phải kỳ: 'Sơ kết 6 tháng' (6 tháng, "
                + "không phải một kỳ), 'Quý I' (quý I); không trang nào được đọc, để điểm kỳ khác không bị xếp hạng là điểm kỳ "
                + "2024. Nếu điểm kỳ 2024 nằm ở một trang, hãy đặt tên trang ghi đúng kỳ đó; nếu bảng tính là điểm kỳ khác, hãy "
                + "đặt tên tệp theo kỳ đó (mỗi kỳ một tệp). \(understood) / no sheet's name names the file's period 2024, while "
                + "the sheets with scores name other periods or spans of months that are none: 'Sơ kết 6 tháng', 'Quý I'; none "
                + "is read; \(understoodEnglish)",
        ])
    }

    /// "Tổng hợp" before "Quý I" to "Quý IV" in 2024.xlsx (a common year's workbook) was refused,
    /// 'Tổng hợp' listed among the sheets "naming another period": the one sheet naming no
    /// period, beside sheets all naming others, is the file's table and is read, with a warning
    /// naming the sheets left unread and their periods.
    func testTheOneSheetNamingNoPeriodBesideOtherPeriodsIsRead() throws {
        let loaded = try workbook("scores-summary-and-quarters.xlsx", as: "2024")
        XCTAssertEqual(ranking(loaded, of: "2024"), try expected(as: "2024"), printed(loaded))
        XCTAssertEqual(messages(loaded, .warning), [
            "content/evaluations/2024.xlsx:'Tổng hợp'!A1: warning: đọc trang 'Tổng hợp', trang có bảng điểm duy nhất mà tên không "
                + "ghi kỳ nào; các trang 'Quý I' (quý I), 'Quý II' (quý II), 'Quý III' (quý III), 'Quý IV' (quý IV) ghi các quý "
                + "của năm 2024, không phải kỳ của tệp '2024.xlsx', nên không được đọc. Nếu điểm kỳ 2024 không nằm ở trang "
                + "'Tổng hợp', hãy đặt tên trang có điểm đó ghi đúng kỳ 2024 / reads 'Tổng hợp', the one sheet with scores whose "
                + "name names no period; 'Quý I', 'Quý II', 'Quý III', 'Quý IV', naming the quarters of the file's period 2024, are not read",
        ])

        let quarter = try workbook("scores-last-quarter-and-bang-diem.xlsx", as: "2024-q2")
        XCTAssertEqual(ranking(quarter, of: "2024-q2"), try expected(as: "2024-q2"), printed(quarter))
        XCTAssertEqual(messages(quarter, .warning), [
            "content/evaluations/2024-q2.xlsx:'Bảng điểm'!A1: warning: đọc trang 'Bảng điểm', trang có bảng điểm duy nhất mà tên "
                + "không ghi kỳ nào; trang 'Quý I' (quý I) ghi kỳ khác với kỳ của tệp '2024-q2.xlsx' (quý II năm 2024) nên không "
                + "được đọc. Nếu điểm kỳ 2024-q2 không nằm ở trang 'Bảng điểm', hãy đặt tên trang có điểm đó ghi đúng kỳ 2024-q2 "
                + "/ reads 'Bảng điểm', the one sheet with scores whose name names no period; 'Quý I', naming another period than "
                + "the file's 2024-q2, is not read",
        ])
    }

    /// Two sheets naming no period ("Cụm 1", "Cụm 2") beside last quarter's: none is read, and
    /// they are not listed as naming "another period".
    func testSheetsNamingNoPeriodAreNotSaidToNameAnother() throws {
        let loaded = try workbook("scores-clusters-and-last-quarter.xlsx", as: "2024-q2")
        XCTAssertNil(loaded.analysis?.ranking(Period("2024-q2")!), printed(loaded))
        XCTAssertEqual(messages(loaded, .error), [
            "content/evaluations/2024-q2.xlsx:'Cụm 1'!A1: error: không trang nào có tên ghi kỳ của tệp '2024-q2.xlsx' (quý II năm "
                + "2024), còn các trang có bảng điểm ghi kỳ khác: 'Quý I' (quý I); các trang 'Cụm 1', 'Cụm 2' cũng có bảng điểm "
                + "nhưng tên không ghi kỳ nào; không trang nào được đọc, để điểm kỳ khác không bị xếp hạng là điểm kỳ 2024-q2. Nếu "
                + "điểm kỳ 2024-q2 nằm ở một trang, hãy đặt tên trang ghi đúng kỳ đó; nếu bảng tính là điểm kỳ khác, hãy đặt tên "
                + "tệp theo kỳ đó (mỗi kỳ một tệp) / no sheet's name names the file's period 2024-q2, while the sheets with "
                + "scores name other periods: 'Quý I'; 'Cụm 1', 'Cụm 2' name none; none is read",
        ])
    }

    /// "Tháng 5" and "Tháng 6" in 2024-q2.xlsx lie inside the quarter: not "another period".
    /// Which to read is unclear, so none is; the error says the file holds one table.
    func testTheMonthsOfTheFilesQuarterAreToldAsItsMonths() throws {
        let loaded = try workbook("scores-months-of-quarter.xlsx", as: "2024-q2")
        XCTAssertNil(loaded.analysis?.ranking(Period("2024-q2")!), printed(loaded))
        XCTAssertEqual(messages(loaded, .error), [
            "content/evaluations/2024-q2.xlsx:'Tháng 5'!A1: error: các trang có bảng điểm ghi các tháng của quý II năm 2024, kỳ "
                + "của tệp '2024-q2.xlsx': 'Tháng 5' (tháng 5), 'Tháng 6' (tháng 6); bontot đọc mỗi tệp một bảng điểm nên không "
                + "trang nào được đọc. Hãy để điểm cả quý ở một trang (đặt tên 'Quý II'), hoặc đặt tên tệp theo tháng "
                + "(2024-06.xlsx) / the sheets name the months of the file's period 2024-q2: 'Tháng 5', 'Tháng 6'; bontot reads "
                + "one table per file: keep the quarter's total in one sheet, or name the file by the month (2024-06.xlsx)",
        ])
    }
}
