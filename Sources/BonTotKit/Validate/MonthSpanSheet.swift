import Foundation

/// A score sheet whose name says a span of months that is no period: half a year ("Sơ kết 6
/// tháng", "6 tháng đầu năm") or nine months (`MonthSpanName`). bontot ranks a year, a quarter
/// or a month (SPEC §1, `evaluations/<period>`), no half: such a name names no period, not even
/// the year its "năm" says ("6 tháng đầu năm" was read as "Cả năm"), nor is it a sheet naming
/// nothing ("tên không ghi kỳ nào", as "Sheet1" is told). The clerk is told at the sheet what it
/// says and which names are understood.
enum MonthSpanSheet {
    /// The span the sheet named `name` says ("6 tháng", "nửa năm"), nil when it says none.
    static func span(inSheetName name: String) -> String? {
        MonthSpanName.span(inName: name)
    }

    /// How a list of sheets names one so named: `'6 tháng đầu năm' (6 tháng, không phải một kỳ)`.
    static func listed(_ name: String, span: String) -> String {
        "'\(name)' (\(span), không phải một kỳ)"
    }

    /// The names a sheet's name is read as a period by, in a workbook of `year`, after the span
    /// `span` a sheet says: Vietnamese and English, each a sentence of its own.
    static func understoodNames(year: Int, span: String) -> (vi: String, en: String) {
        ("Tên trang chỉ được hiểu là một kỳ khi ghi một năm ('Cả năm', 'Năm \(year)'), một quý ('Quý I' … 'Quý IV') hoặc "
            + "một tháng ('Tháng 1' … 'Tháng 12'); bontot không xếp hạng kỳ '\(span)'",
         "a sheet's name names a period when it names a year ('Cả năm', 'Năm \(year)'), a quarter ('Quý I' … 'Quý IV') or a "
            + "month ('Tháng 1' … 'Tháng 12'); bontot ranks no '\(span)' period")
    }

    /// The warning on reading the sheet named `sheetName` (`sheet`, `english`: how the message
    /// names it; `fix`: what to correct when its scores are the file's period's), whose name
    /// says a span of months, as the file's `period`; nil for any other name.
    static func warning(sheetName: String, at location: SourceLocation, naming sheet: String, english: String, fix: String,
                        period: Period, path: String) -> Diagnostic? {
        guard let span = span(inSheetName: sheetName) else { return nil }
        let file = String(PathParts.name(of: path))
        let names = understoodNames(year: period.year, span: span)
        return .warning(at: location, field: "xlsx_sheet",
                        "\(sheet) ghi '\(span)', không phải một kỳ, còn tên tệp '\(file)' là kỳ \(period): điểm của trang được xếp "
                            + "hạng là điểm kỳ \(period); nếu đây là điểm kỳ \(period), \(fix). \(names.vi) / \(english) says "
                            + "'\(span)', which is no period, the file the period \(period): its scores rank as \(period)'s; \(names.en)")
    }
}
