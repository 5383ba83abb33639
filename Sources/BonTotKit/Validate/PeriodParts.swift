import Foundation

/// Periods that all lie inside a file's longer period: the months of its quarter ("Tháng 5",
/// "Tháng 6" in `2024-q2.xlsx`), the quarters or months of its year. Such sheets are not
/// "another period" than the file's, but its parts (`PeriodSheets`).
struct PeriodParts {
    /// The file's period, which holds every part.
    var whole: Period
    /// Whether every part is a month (else quarters, or quarters and months).
    var allMonths: Bool
    var allQuarters: Bool

    /// Nil unless every one of `periods` lies inside `whole` and is shorter.
    init?(of periods: [Period], in whole: Period) {
        guard !periods.isEmpty, !whole.isMonth, periods.allSatisfy({ $0 != whole && $0.year == whole.year
            && $0.openingMonth >= whole.openingMonth && $0.closingMonth <= whole.closingMonth }) else { return nil }
        self.whole = whole
        allMonths = periods.allSatisfy(\.isMonth)
        allQuarters = periods.allSatisfy(\.isQuarter)
    }

    /// "các tháng", "các quý", or "các quý và tháng".
    var vietnamesePlural: String { allMonths ? "các tháng" : allQuarters ? "các quý" : "các quý và tháng" }
    var englishPlural: String { allMonths ? "the months" : allQuarters ? "the quarters" : "the quarters and months" }
    /// "quý" or "năm": the file's period, whose total one sheet should keep.
    var vietnameseWhole: String { whole.isYear ? "năm" : "quý" }
    var englishWhole: String { whole.isYear ? "year" : "quarter" }
    /// The name of the sheet keeping the whole period's total: "Quý II", "Cả năm".
    var wholeSheetName: String {
        guard case .quarter(let quarter) = whole.span else { return "Cả năm" }
        return "Quý \(VietnameseFormat.romanQuarter(quarter))"
    }
}

private extension Period {
    var isMonth: Bool { if case .month = span { true } else { false } }
    var isQuarter: Bool { if case .quarter = span { true } else { false } }
}
