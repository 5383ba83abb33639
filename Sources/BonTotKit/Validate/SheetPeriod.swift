import Foundation

/// The period a score sheet's name names ("Quý II 2024", "T6-2024", "Năm 2024"; "Quý II" or
/// "T6" without a year, as of its file's year; "Cả năm", the file's year): read as a score
/// file's name is (`ScoreFileNameAdvice.period(inName:)`). It chooses, among a workbook's sheets a period each,
/// the one of the file's period (`PeriodSheets`), and tells a sheet of another quarter or month
/// (`OtherYearScoreSheet`). A name naming no period ("Sheet1", "Cụm 1"), or several, has none;
/// nor has one saying half a year ("6 tháng đầu năm", whose "năm" is no year's tab), which no
/// period is (`MonthSpanSheet`).
struct SheetPeriod: Equatable {
    var period: Period
    /// Whether the name writes the year ("Quý II 2024"), not only the quarter or month ("Quý II").
    var writesYear: Bool

    /// The period the sheet named `name` names, in a file of `fileYear`; nil when it names none.
    init?(sheetName name: String, fileYear: Int) {
        if MonthSpanSheet.span(inSheetName: name) != nil {
            return nil
        } else if let period = ScoreFileNameAdvice.period(inName: name) {
            self.init(period: period, writesYear: true)
        } else if let period = ScoreFileNameAdvice.period(inName: "\(name) \(fileYear)"), !period.isYear {
            self.init(period: period, writesYear: false)
        } else if Self.namesTheYear(name) {
            self.init(period: Period(year: fileYear), writesYear: false)
        } else {
            return nil
        }
    }

    init(period: Period, writesYear: Bool) {
        self.period = period
        self.writesYear = writesYear
    }

    /// Whether a name without a year or a quarter or month names the whole year: the word "năm"
    /// in it ("Cả năm", "Tổng hợp năm"), as the year's tab among the quarters'.
    private static func namesTheYear(_ name: String) -> Bool {
        name.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: { !$0.isLetter }).contains("năm")
    }

    /// Whether it names a quarter or a month, not only a year.
    var namesPartOfYear: Bool { !period.isYear }

    /// Whether the name decides which of a workbook's sheets is read: it names a quarter or a
    /// month, or the year in words only ("Cả năm", whatever the other sheets are), not a year
    /// in figures ("Năm 2025", "Bảng điểm 2025"), left to the choice of the sheet named with
    /// the file's year (`EvaluationXLSXDecoder`).
    var decidesAmongSheets: Bool { namesPartOfYear || !writesYear }

    /// `"quý II năm 2024"`, or `"quý II"` when the name writes no year.
    var vietnamese: String {
        guard !writesYear else { return VietnameseFormat.period(period) }
        switch period.span {
        case .year: return "cả năm"
        case .quarter(let quarter): return "quý \(VietnameseFormat.romanQuarter(quarter))"
        case .month(let month): return "tháng \(month)"
        }
    }
}
