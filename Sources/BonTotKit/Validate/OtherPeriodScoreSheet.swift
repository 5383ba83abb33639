import Foundation

/// A score table that names another quarter or month of its file's year: last quarter's
/// workbook copied to start this one's (`2024-q2.xlsx` with its one sheet "Quý I", or the title
/// "KẾT QUẢ CHẤM ĐIỂM THI ĐUA QUÝ I NĂM 2024"), ranked without a word as the file's period's.
/// One warning, at the sheet or the title's cell, as `OtherYearScoreSheet` gives for another
/// year: the file name to give (not one another score file has: that file is named instead),
/// or the sheet, title or `xlsx_sheet` to correct.
///
/// Only a period of the file's kind counts (a quarter in a quarter's file, a month in a
/// month's), read as a score file's name is (`ScoreFileNameAdvice.period(inName:)`); a title
/// naming the file's own period, or naming several, names no other; a dated line ("ngày 30 tháng
/// 6 năm 2024", the day the table was signed) names no period of the scores.
enum OtherPeriodScoreSheet {
    /// The warning for the sheet named `sheetName` (`sheet`, `english`: how the message names it;
    /// `fix`: what to correct when the scores are the file's period's), or nil.
    static func sheetWarning(sheetName: String, at location: SourceLocation, naming sheet: String, english: String, fix: String,
                             period: Period, path: String, scoreFiles: [String]) -> Diagnostic? {
        guard let named = SheetPeriod(sheetName: sheetName, fileYear: period.year), isOther(named.period, than: period) else { return nil }
        return warning(other: named.period, written: named.vietnamese, at: location, field: "xlsx_sheet",
                       naming: (sheet, english), scores: ("điểm của trang", "its scores"), fix: fix,
                       period: period, path: path, scoreFiles: scoreFiles)
    }

    /// The warning for the first title (a filled cell of `titles`, the rows above the header)
    /// naming another period of the file's kind and year, or nil; nil too when one names the
    /// file's period.
    static func titleWarning(titles: ArraySlice<EvaluationTable.Row>, period: Period, path: String,
                             scoreFiles: [String]) -> Diagnostic? {
        var first: (row: EvaluationTable.Row, text: String, other: Period)?
        for row in titles {
            for text in row.filledCells {
                let folded = text.precomposedStringWithCanonicalMapping.lowercased()
                if folded.contains(/ngày\s*\d{1,2}\s*(?:tháng|\/|-)/) { continue }
                guard let named = ScoreFileNameAdvice.period(inName: text) else { continue }
                if named == period { return nil }
                if first == nil, isOther(named, than: period) { first = (row, text, named) }
            }
        }
        guard let (row, text, other) = first else { return nil }
        return warning(other: other, written: VietnameseFormat.period(other), at: row.location, field: nil,
                       naming: ("dòng tiêu đề '\(text)'", "the title"), scores: ("điểm trong bảng", "the scores"),
                       fix: "hãy sửa dòng tiêu đề cho đúng", period: period, path: path, scoreFiles: scoreFiles)
    }

    /// Whether `named` is another quarter or month of `period`'s year, of its kind.
    private static func isOther(_ named: Period, than period: Period) -> Bool {
        guard named != period, named.year == period.year else { return false }
        switch (named.span, period.span) {
        case (.quarter, .quarter), (.month, .month): return true
        default: return false
        }
    }

    private static func warning(other: Period, written: String, at location: SourceLocation, field: String?,
                                naming: (vi: String, en: String), scores: (vi: String, en: String), fix: String,
                                period: Period, path: String, scoreFiles: [String]) -> Diagnostic {
        let file = String(PathParts.name(of: path))
        let target = "\(other)\(file.dropFirst(PathParts.stem(of: path).count))"
        let holder = ScoreFiles(paths: scoreFiles).holder(of: other, besides: path).map { String(PathParts.name(of: $0)) }
        let advice = holder.map {
            "điểm kỳ \(other) đã có ở tệp '\($0)', nên nếu đây là điểm kỳ \(period), \(fix); "
                + "nếu bảng còn là điểm kỳ \(other) chép sang, hãy nhập điểm kỳ \(period) vào"
        } ?? "nếu đây là điểm \(VietnameseFormat.period(other)), hãy đặt tên tệp là '\(target)'; nếu là điểm kỳ \(period), \(fix)"
        return Diagnostic(.warning, at: location, field: field, kind: .otherYearScoreSheet,
                          "\(naming.vi) ghi \(written), còn tên tệp '\(file)' là kỳ \(period): \(scores.vi) được xếp hạng là "
                              + "điểm kỳ \(period); \(advice) / \(naming.en) names the period \(other), the file the period "
                              + "\(period): \(scores.en) rank as \(period)'s" + (holder.map { " (\(other)'s scores are in '\($0)')" } ?? ""))
    }
}
