import BonTotOffice
import Foundation

/// A workbook keeping a sheet a quarter or a month ("Quý I 2024", "Quý II 2024" in
/// `2024-q2.xlsx`; "T5-2024", "T6-2024" in `2024-06.xlsx`; "Quý I", "Quý II" without a year;
/// "Cả năm", the year's): of its sheets holding scores, those whose names name the file's period
/// (`SheetPeriod`) are read, never the first one for being first, which ranked the last quarter's
/// scores as this one's. Silently when every other sheet names another period; with a warning
/// saying which sheet is read, and why, when another names none (it may hold this period's
/// scores too). When no sheet names the file's period, the one sheet naming none ("Tổng hợp"
/// before "Quý I" to "Quý IV") is the file's table and is read, with a warning naming the others;
/// otherwise an error names each sheet and the period it names (the months of the file's
/// quarter told as such), and none is read: another period's scores are never ranked as the
/// file's.
enum PeriodSheets {
    /// What the sheets' names decide.
    enum Outcome {
        /// The sheets read: named for the file's period (several: a sheet a cluster of that
        /// period), or the one naming none beside others' periods, with the warning when a sheet
        /// with scores is left unread.
        case named([SpreadsheetSheet], note: Diagnostic?)
        /// No sheet names the file's period, some name others: the error; nothing is read.
        case refused(Diagnostic)
    }

    /// The outcome for `holders`, the shown sheets holding scores (at least two) of the workbook
    /// `path` of `period`; nil when no sheet's name names a quarter, a month or the year in words
    /// (`SheetPeriod.decidesAmongSheets`), so that names decide nothing here (a sheet a year
    /// written in figures, a sheet a cluster).
    static func choose(among holders: [SpreadsheetSheet], period: Period, path: String) -> Outcome? {
        let named = holders.map { SheetPeriod(sheetName: $0.name, fileYear: period.year) }
        guard named.contains(where: { $0?.decidesAmongSheets ?? false }) else { return nil }
        let file = String(PathParts.name(of: path))
        let matching = holders.indices.filter { named[$0]?.period == period }
        let unnamed = holders.indices.filter { named[$0] == nil }
        guard let first = matching.first else {
            let others = holders.indices.filter { named[$0] != nil }
            if unnamed.count == 1 {
                return .named([holders[unnamed[0]]], note: onlyUnnamedRead(
                    holders[unnamed[0]], others: others.map { (holders[$0], named[$0]!) }, period: period, path: path))
            }
            return .refused(refusal(holders: holders, named: named, period: period, path: path))
        }
        let unread = unnamed.map { "'\(holders[$0].name)'" }
        let chosen = matching.map { holders[$0] }
        guard !unread.isEmpty else { return .named(chosen, note: nil) }
        let read = chosen.map { "'\($0.name)'" }.joined(separator: ", ")
        let note = Diagnostic.warning(
            at: SourceLocation(file: path, cell: holders[first].reference(column: 1, row: 1)), field: "xlsx_sheet",
            "đọc trang \(read) vì tên trang ghi kỳ của tệp '\(file)' (\(VietnameseFormat.period(period))); trang "
                + "\(unread.joined(separator: ", ")) cũng có bảng điểm nhưng tên không ghi kỳ nào nên không được đọc. Nếu điểm "
                + "kỳ \(period) nằm ở trang đó, hãy đặt tên các trang cho đúng kỳ của chúng / reads the sheet \(read), whose "
                + "name names the file's period \(period); \(unread.joined(separator: ", ")), also with scores, names none "
                + "and is not read")
        return .named(chosen, note: note)
    }

    /// The warning on reading `sheet`, the one with scores naming no period, while `others` all
    /// name other periods than the file's.
    private static func onlyUnnamedRead(_ sheet: SpreadsheetSheet, others: [(sheet: SpreadsheetSheet, named: SheetPeriod)],
                                        period: Period, path: String) -> Diagnostic {
        let file = String(PathParts.name(of: path))
        let listed = others.map { "'\($0.sheet.name)' (\($0.named.vietnamese))" }.joined(separator: ", ")
        let names = others.map { "'\($0.sheet.name)'" }.joined(separator: ", ")
        let parts = PeriodParts(of: others.map(\.named.period), in: period)
        let vietnamese = parts.map { "ghi \($0.vietnamesePlural) của \(VietnameseFormat.period(period)), không phải kỳ của tệp '\(file)'," }
            ?? "ghi kỳ khác với kỳ của tệp '\(file)' (\(VietnameseFormat.period(period)))"
        let english = parts.map { "naming \($0.englishPlural) of the file's period \(period), are" }
            ?? (others.count == 1 ? "naming another period than the file's \(period), is" : "naming other periods than the file's \(period), are")
        return .warning(
            at: SourceLocation(file: path, cell: sheet.reference(column: 1, row: 1)), field: "xlsx_sheet",
            "đọc trang '\(sheet.name)', trang có bảng điểm duy nhất mà tên không ghi kỳ nào; \(others.count == 1 ? "trang" : "các trang") "
                + "\(listed) \(vietnamese) nên không được đọc. Nếu điểm kỳ \(period) không nằm ở trang '\(sheet.name)', hãy đặt tên "
                + "trang có điểm đó ghi đúng kỳ \(period) / reads '\(sheet.name)', the one sheet with scores whose name names no "
                + "period; \(names), \(english) not read")
    }

    /// The error when no sheet names the file's period: the sheets naming others, those naming
    /// none apart; when every sheet names a part of the file's period (the months of its
    /// quarter), said so, with the advice to keep the period's total in one sheet or to name the
    /// file by the part.
    private static func refusal(holders: [SpreadsheetSheet], named: [SheetPeriod?], period: Period, path: String) -> Diagnostic {
        let file = String(PathParts.name(of: path))
        let location = SourceLocation(file: path, cell: holders[0].reference(column: 1, row: 1))
        let others = holders.indices.filter { named[$0] != nil }
        let unnamed = holders.indices.filter { named[$0] == nil }
        let listed = others.map { "'\(holders[$0].name)' (\(named[$0]!.vietnamese))" }.joined(separator: ", ")
        let names = others.map { "'\(holders[$0].name)'" }.joined(separator: ", ")
        if unnamed.isEmpty, let parts = PeriodParts(of: others.map { named[$0]!.period }, in: period),
           let last = others.last.map({ named[$0]!.period }) {
            let asFile = "\(last).\((file as NSString).pathExtension)"
            return .error(
                at: location,
                "các trang có bảng điểm ghi \(parts.vietnamesePlural) của \(VietnameseFormat.period(period)), kỳ của tệp '\(file)': "
                    + "\(listed); bontot đọc mỗi tệp một bảng điểm nên không trang nào được đọc. Hãy để điểm cả "
                    + "\(parts.vietnameseWhole) ở một trang (đặt tên '\(parts.wholeSheetName)'), hoặc đặt tên tệp theo "
                    + "\(Self.noun(of: last)) (\(asFile)) / the sheets name \(parts.englishPlural) of the file's period \(period): "
                    + "\(names); bontot reads one table per file: keep the \(parts.englishWhole)'s total in one sheet, or name the "
                    + "file by the \(Self.englishNoun(of: last)) (\(asFile))")
        }
        let unnamedNames = unnamed.map { "'\(holders[$0].name)'" }.joined(separator: ", ")
        let noneNamed = unnamed.isEmpty ? ""
            : "; \(unnamed.count == 1 ? "trang" : "các trang") \(unnamedNames) cũng có bảng điểm nhưng tên không ghi kỳ nào"
        let noneNamedEnglish = unnamed.isEmpty ? "" : "; \(unnamedNames) name\(unnamed.count == 1 ? "s" : "") none"
        return .error(
            at: location,
            "không trang nào có tên ghi kỳ của tệp '\(file)' (\(VietnameseFormat.period(period))), còn các trang có bảng "
                + "điểm ghi kỳ khác: \(listed)\(noneNamed); không trang nào được đọc, để điểm kỳ khác không bị "
                + "xếp hạng là điểm kỳ \(period). Nếu điểm kỳ \(period) nằm ở một trang, hãy đặt tên trang ghi đúng kỳ đó; "
                + "nếu bảng tính là điểm kỳ khác, hãy đặt tên tệp theo kỳ đó (mỗi kỳ một tệp) / no sheet's name names the "
                + "file's period \(period), while the sheets with scores name other periods: \(names)\(noneNamedEnglish); "
                + "none is read")
    }

    private static func noun(of period: Period) -> String {
        switch period.span {
        case .year: return "năm"
        case .quarter: return "quý"
        case .month: return "tháng"
        }
    }

    private static func englishNoun(of period: Period) -> String {
        switch period.span {
        case .year: return "year"
        case .quarter: return "quarter"
        case .month: return "month"
        }
    }
}
