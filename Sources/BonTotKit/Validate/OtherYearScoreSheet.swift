import Foundation

/// A score table that names another year than its file's period: last year's workbook copied
/// under this year's name to start the new one, or this year's scores saved over last year's
/// file ("Năm 2025" as the sheet of `2026.xlsx`, a title "BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2025"
/// above the header, an `xlsx_sheet:` left naming last year's tab). The scores would rank,
/// without a word, as the file's period's. One warning, at the sheet or the title's cell, saying
/// which file name or which sheet to correct.
///
/// Only a year written as a year counts: the sheet's name holding it ("Năm 2025", "2025"), or a
/// title row's "năm 2025" not in a date ("ngày 05 tháng 01 năm 2026", the day the table was
/// signed, commonly the year after the one scored); and only when none of the years so written
/// is the period's.
enum OtherYearScoreSheet {
    /// The warning for the sheet named `sheetName` (nil for a CSV file), located at
    /// `sheetLocation`, whose rows above the header (`table`, its header found for `idColumn`)
    /// are its titles; nil when nothing names another year than `period`'s.
    static func warning(sheetName: String?, sheetLocation: SourceLocation?, table: EvaluationTable, idColumn: String,
                        period: Period, path: String) -> Diagnostic? {
        let file = (path as NSString).lastPathComponent
        if let sheetName, let sheetLocation {
            let named = years(inName: sheetName)
            if let other = named.first, !named.contains(period.year) {
                return Diagnostic(.warning, at: sheetLocation, field: "xlsx_sheet",
                                  "trang '\(sheetName)' ghi năm \(other), còn tên tệp '\(file)' là kỳ \(period): điểm của trang được xếp hạng "
                                  + "là điểm kỳ \(period); nếu đây là điểm năm \(other), hãy đặt tên tệp là '\(renamed(file, period: period, to: other))'; "
                                  + "nếu là điểm kỳ \(period), hãy sửa tên trang cho đúng / the sheet '\(sheetName)' names the year "
                                  + "\(other), the file the period \(period): its scores rank as \(period)'s")
            }
        }
        let titles = table.rows.prefix(table.headerIndex(idColumn: idColumn) ?? 0)
        var firstNaming: (row: EvaluationTable.Row, text: String, year: Int)?
        for row in titles {
            for text in row.filledCells {
                let written = years(inTitle: text)
                if written.contains(period.year) { return nil }
                if firstNaming == nil, let year = written.first { firstNaming = (row, text, year) }
            }
        }
        guard let (row, text, other) = firstNaming else { return nil }
        return Diagnostic(.warning, at: row.location,
                          "dòng tiêu đề '\(text)' ghi năm \(other), còn tên tệp '\(file)' là kỳ \(period): điểm trong bảng được xếp hạng "
                          + "là điểm kỳ \(period); nếu đây là điểm năm \(other), hãy đặt tên tệp là '\(renamed(file, period: period, to: other))'; "
                          + "nếu là điểm kỳ \(period), hãy sửa dòng tiêu đề cho đúng / the title names the year \(other), "
                          + "the file the period \(period): the scores rank as \(period)'s")
    }

    /// The years a sheet's name holds ("Năm 2025", "2024-2025").
    private static func years(inName name: String) -> [Int] {
        name.matches(of: /(?:19|20)\d\d/).compactMap { Int($0.output) }
    }

    /// The years a title writes as "năm 2025", in any case and either spelling of its letters,
    /// leaving out those of a date ("tháng 12 năm 2025").
    private static func years(inTitle text: String) -> [Int] {
        let folded = text.precomposedStringWithCanonicalMapping.lowercased()
        return folded.matches(of: /năm\s+((?:19|20)\d\d)(?!\d)/).compactMap { match in
            let before = folded[..<match.range.lowerBound]
            if before.contains(/tháng\s*\d{1,2}\s*,?\s*$/) { return nil }
            return Int(match.output.1)
        }
    }

    /// `file` with its period's year replaced by `year` (`2026-q1.xlsx` → `2025-q1.xlsx`).
    private static func renamed(_ file: String, period: Period, to year: Int) -> String {
        guard let range = file.range(of: String(period.year)) else { return file }
        return file.replacingCharacters(in: range, with: String(year))
    }
}
