import Foundation

/// A score table that names another year than its file's period: last year's workbook copied
/// under this year's name to start the new one, or this year's scores saved over last year's
/// file ("Năm 2025" as the sheet of `2026.xlsx`, a title "BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2025"
/// above the header, an `xlsx_sheet:` left naming last year's tab). The scores would rank,
/// without a word, as the file's period's. One warning, at the sheet or the title's cell, saying
/// which file name or which sheet to correct: not a file name another score file already has
/// (that file is named instead), and `xlsx_sheet` when site.yaml chose the sheet.
///
/// Only a year written as a year counts: the sheet's name holding it ("Năm 2025", "2025"), or a
/// title row's "năm 2025" not in a date ("ngày 05 tháng 01 năm 2026", the day the table was
/// signed, commonly the year after the one scored); and only when none of the years so written
/// is the period's. A span of years ("NK 2020-2025", "năm 2023 - 2025") names no one year: it
/// keeps a year it spans from the warning, and one not spanning the period's year ("NK
/// 2015-2020" in `2024.xlsx`) is warned of without a file name to give. Another quarter or month
/// of the file's year ("Quý I" in `2024-q2.xlsx`) is told the same way (`OtherPeriodScoreSheet`).
enum OtherYearScoreSheet {
    /// The years a sheet's name or a title writes: years alone, and spans of years.
    private struct Written {
        var years: [Int] = []
        var spans: [ClosedRange<Int>] = []

        /// Whether it names `year`, alone or in a span.
        func names(_ year: Int) -> Bool {
            years.contains(year) || spans.contains { $0.contains(year) }
        }

        mutating func add(_ first: Int, _ last: Int?) {
            if let last, last > first { spans.append(first...last) } else { years.append(first) }
        }
    }

    /// The warning for the sheet named `sheetName` (nil for a CSV file), located at
    /// `sheetLocation`, whose rows above the header (`table`, its header found for `idColumn`)
    /// are its titles; nil when nothing names another year than `period`'s. `chosenBySiteYAML`:
    /// the sheet is the one `xlsx_sheet:` names. `scoreFiles` are the paths of the site's score
    /// files (this one's siblings), so that the file name advised is not one already taken.
    static func warning(sheetName: String?, sheetLocation: SourceLocation?, chosenBySiteYAML: Bool = false,
                        table: EvaluationTable, idColumn: String, period: Period, path: String,
                        scoreFiles: [String] = []) -> Diagnostic? {
        let file = String(PathParts.name(of: path))
        if let sheetName, let sheetLocation {
            let named = written(inName: sheetName)
            let sheet = chosenBySiteYAML ? "trang '\(sheetName)' (do 'xlsx_sheet' trong site.yaml chọn)" : "trang '\(sheetName)'"
            let fixSheet = chosenBySiteYAML
                ? "hãy sửa 'xlsx_sheet' trong site.yaml thành tên trang điểm kỳ \(period)"
                : "hãy sửa tên trang cho đúng"
            let english = chosenBySiteYAML ? "the sheet '\(sheetName)' (chosen by xlsx_sheet: in site.yaml)" : "the sheet '\(sheetName)'"
            if let other = named.years.first, !named.names(period.year) {
                return Diagnostic(.warning, at: sheetLocation, field: "xlsx_sheet", kind: .otherYearScoreSheet,
                                  "\(sheet) ghi năm \(other), còn tên tệp '\(file)' là kỳ \(period): điểm của trang được xếp hạng "
                                  + "là điểm kỳ \(period); " + advice(file, path: path, period: period, other: other, fix: fixSheet,
                                                                      scoreFiles: scoreFiles)
                                  + " / \(english) names the year \(other), the file the period \(period): its scores rank as \(period)'s"
                                  + taken(file, path: path, period: period, other: other, scoreFiles: scoreFiles))
            }
            if let span = named.spans.first, !named.names(period.year) {
                return spanWarning(span, at: sheetLocation, field: "xlsx_sheet", naming: (sheet, english),
                                   scores: ("điểm của trang", "its scores"), fix: fixSheet, file: file, period: period)
            }
            if let warning = OtherPeriodScoreSheet.sheetWarning(sheetName: sheetName, at: sheetLocation, naming: sheet, english: english,
                                                                fix: fixSheet, period: period, path: path, scoreFiles: scoreFiles) {
                return warning
            }
            if let warning = MonthSpanSheet.warning(sheetName: sheetName, at: sheetLocation, naming: sheet, english: english,
                                                    fix: fixSheet, period: period, path: path) {
                return warning
            }
        }
        let titles = table.rows.prefix(table.headerIndex(idColumn: idColumn) ?? 0)
        // Another quarter or month of the file's year, in a title naming the file's year too.
        if let warning = OtherPeriodScoreSheet.titleWarning(titles: titles, period: period, path: path, scoreFiles: scoreFiles) {
            return warning
        }
        var firstNaming: (row: EvaluationTable.Row, text: String, year: Int)?
        var firstSpanning: (row: EvaluationTable.Row, text: String, span: ClosedRange<Int>)?
        for row in titles {
            for text in row.filledCells {
                let named = written(inTitle: text)
                if named.names(period.year) { return nil }
                if firstNaming == nil, let year = named.years.first { firstNaming = (row, text, year) }
                if firstSpanning == nil, let span = named.spans.first { firstSpanning = (row, text, span) }
            }
        }
        guard let (row, text, other) = firstNaming else {
            guard let (row, text, span) = firstSpanning else { return nil }
            return spanWarning(span, at: row.location, naming: ("dòng tiêu đề '\(text)'", "the title"),
                               scores: ("điểm trong bảng", "the scores"), fix: "hãy sửa dòng tiêu đề cho đúng", file: file, period: period)
        }
        return Diagnostic(.warning, at: row.location, kind: .otherYearScoreSheet,
                          "dòng tiêu đề '\(text)' ghi năm \(other), còn tên tệp '\(file)' là kỳ \(period): điểm trong bảng được xếp hạng "
                          + "là điểm kỳ \(period); " + advice(file, path: path, period: period, other: other,
                                                              fix: "hãy sửa dòng tiêu đề cho đúng", scoreFiles: scoreFiles)
                          + " / the title names the year \(other), the file the period \(period): the scores rank as \(period)'s"
                          + taken(file, path: path, period: period, other: other, scoreFiles: scoreFiles))
    }

    /// The warning for a sheet or title (`naming`, in Vietnamese and in English) writing a span
    /// of years without the period's ("NK 2015-2020" in `2024.xlsx`, last term's workbook copied):
    /// no one year to name the file for, so only `fix`, or entering the period's scores.
    private static func spanWarning(_ span: ClosedRange<Int>, at location: SourceLocation, field: String? = nil,
                                    naming: (vi: String, en: String), scores: (vi: String, en: String), fix: String,
                                    file: String, period: Period) -> Diagnostic {
        let years = YearRange.text(span)
        return Diagnostic(.warning, at: location, field: field, kind: .otherYearScoreSheet,
                          "\(naming.vi) ghi các năm \(years), không gồm năm \(period.year), còn tên tệp '\(file)' là kỳ \(period): "
                          + "\(scores.vi) được xếp hạng là điểm kỳ \(period); nếu đây là điểm kỳ \(period), \(fix); "
                          + "nếu bảng còn là điểm các năm \(years) chép sang, hãy nhập điểm kỳ \(period) vào "
                          + "/ \(naming.en) names the years \(years), not \(period.year); the file the period \(period): "
                          + "\(scores.en) rank as \(period)'s")
    }

    /// What to do: name the file for `other` (unless another score file already holds that
    /// period: then it is named, and the sheet or title is what to correct), or `fix`.
    private static func advice(_ file: String, path: String, period: Period, other: Int, fix: String,
                               scoreFiles: [String]) -> String {
        let target = renamed(file, period: period, to: other)
        if let existing = holder(of: target, besides: path, scoreFiles: scoreFiles) {
            return "điểm năm \(other) đã có ở tệp '\(existing)', nên nếu đây là điểm kỳ \(period), \(fix); "
                + "nếu bảng còn là điểm năm \(other) chép sang, hãy nhập điểm kỳ \(period) vào"
        }
        return "nếu đây là điểm năm \(other), hãy đặt tên tệp là '\(target)'; nếu là điểm kỳ \(period), \(fix)"
    }

    /// The English gist's note of the score file that already holds `other`'s period, if any.
    private static func taken(_ file: String, path: String, period: Period, other: Int, scoreFiles: [String]) -> String {
        holder(of: renamed(file, period: period, to: other), besides: path, scoreFiles: scoreFiles)
            .map { " (\(other)'s scores are in '\($0)')" } ?? ""
    }

    /// The name of the score file other than `path` whose period is that of the file name `target`.
    private static func holder(of target: String, besides path: String, scoreFiles: [String]) -> String? {
        guard let wanted = Period(PathParts.stem(of: target)) else { return nil }
        return ScoreFiles(paths: scoreFiles).holder(of: wanted, besides: path).map { String(PathParts.name(of: $0)) }
    }

    /// The years a sheet's name holds ("Năm 2025", "2025"), and its spans ("NK 2020-2025").
    private static func written(inName name: String) -> Written {
        var written = Written()
        for match in name.matches(of: /((?:19|20)\d\d)(?:\s*[-–—]\s*((?:19|20)\d\d))?/) {
            guard let first = Int(match.output.1) else { continue }
            written.add(first, match.output.2.flatMap { Int($0) })
        }
        return written
    }

    /// The years a title writes as "năm 2025" (or spans as "năm 2023 - 2025"), in any case and
    /// either spelling of its letters, leaving out those of a date ("tháng 12 năm 2025").
    private static func written(inTitle text: String) -> Written {
        let folded = text.precomposedStringWithCanonicalMapping.lowercased()
        var written = Written()
        for match in folded.matches(of: /năm\s+((?:19|20)\d\d)(?:\s*[-–—]\s*((?:19|20)\d\d))?(?!\d)/) {
            let before = folded[..<match.range.lowerBound]
            if before.contains(/tháng\s*\d{1,2}\s*,?\s*$/) { continue }
            guard let first = Int(match.output.1) else { continue }
            written.add(first, match.output.2.flatMap { Int($0) })
        }
        return written
    }

    /// `file` with its period's year replaced by `year` (`2026-q1.xlsx` → `2025-q1.xlsx`).
    private static func renamed(_ file: String, period: Period, to year: Int) -> String {
        guard let range = file.range(of: String(period.year)) else { return file }
        return file.replacingCharacters(in: range, with: String(year))
    }
}
