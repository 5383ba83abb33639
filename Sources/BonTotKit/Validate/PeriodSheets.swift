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
/// file's. A sheet saying half a year ("Sơ kết 6 tháng", `MonthSpanSheet`) names no period but
/// is no sheet naming none either: it is never read among others, and the message names what it
/// says and which names are understood.
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
        let spans = holders.map { MonthSpanSheet.span(inSheetName: $0.name) }
        guard named.contains(where: { $0?.decidesAmongSheets ?? false }) || spans.contains(where: { $0 != nil }) else { return nil }
        let file = String(PathParts.name(of: path))
        let matching = holders.indices.filter { named[$0]?.period == period }
        let unnamed = holders.indices.filter { named[$0] == nil && spans[$0] == nil }
        let spanned = holders.indices.filter { spans[$0] != nil }
        let understood = spanned.first.map { MonthSpanSheet.understoodNames(year: period.year, span: spans[$0]!) }
        guard let first = matching.first else {
            let others = holders.indices.filter { named[$0] != nil || spans[$0] != nil }.map { index in
                (sheet: holders[index], listed: listed(holders[index], named: named[index], span: spans[index]),
                 period: named[index]?.period)
            }
            if unnamed.count == 1 {
                return .named([holders[unnamed[0]]], note: onlyUnnamedRead(
                    holders[unnamed[0]], others: others, understood: understood, period: period, path: path))
            }
            return .refused(refusal(holders: holders, others: others, unnamed: unnamed, understood: understood,
                                    period: period, path: path))
        }
        let unread = unnamed.map { "'\(holders[$0].name)'" }
        let chosen = matching.map { holders[$0] }
        let read = chosen.map { "'\($0.name)'" }.joined(separator: ", ")
        let readBecause = ("đọc trang \(read) vì tên trang ghi kỳ của tệp '\(file)' (\(VietnameseFormat.period(period)))",
                           "reads the sheet \(read), whose name names the file's period \(period)")
        if let understood, unread.isEmpty {
            // Told at the sheet saying half a year: what it says, and the names understood.
            let saying = spanned.map { MonthSpanSheet.listed(holders[$0].name, span: spans[$0]!) }.joined(separator: ", ")
            let names = spanned.map { "'\(holders[$0].name)'" }.joined(separator: ", ")
            return .named(chosen, note: .warning(
                at: SourceLocation(file: path, cell: holders[spanned[0]].reference(column: 1, row: 1)), field: "xlsx_sheet",
                "\(spanned.count == 1 ? "trang" : "các trang") \(saying) không được đọc; \(readBecause.0). \(understood.vi) / "
                    + "\(names), naming no period, \(spanned.count == 1 ? "is" : "are") not read; \(readBecause.1); \(understood.en)"))
        }
        guard !unread.isEmpty else { return .named(chosen, note: nil) }
        let saying = understood.map { understood in
            ("; \(spanned.map { MonthSpanSheet.listed(holders[$0].name, span: spans[$0]!) }.joined(separator: ", ")) cũng không "
                + "được đọc. \(understood.vi)",
             "; \(spanned.map { "'\(holders[$0].name)'" }.joined(separator: ", ")), naming no period, neither: \(understood.en)")
        } ?? ("", "")
        let note = Diagnostic.warning(
            at: SourceLocation(file: path, cell: holders[first].reference(column: 1, row: 1)), field: "xlsx_sheet",
            "\(readBecause.0); trang "
                + "\(unread.joined(separator: ", ")) cũng có bảng điểm nhưng tên không ghi kỳ nào nên không được đọc. Nếu điểm "
                + "kỳ \(period) nằm ở trang đó, hãy đặt tên các trang cho đúng kỳ của chúng\(saying.0) / \(readBecause.1); "
                + "\(unread.joined(separator: ", ")), also with scores, names none and is not read\(saying.1)")
        return .named(chosen, note: note)
    }

    /// How a list of sheets names `sheet`: with the period its name names ("'Quý I' (quý I)"),
    /// or the span of months it says instead (`MonthSpanSheet.listed`).
    private static func listed(_ sheet: SpreadsheetSheet, named: SheetPeriod?, span: String?) -> String {
        if let span { return MonthSpanSheet.listed(sheet.name, span: span) }
        return "'\(sheet.name)' (\(named?.vietnamese ?? ""))"
    }

    /// The warning on reading `sheet`, the one with scores naming no period, while `others` all
    /// name other periods than the file's.
    private static func onlyUnnamedRead(_ sheet: SpreadsheetSheet, others: [Other], understood: (vi: String, en: String)?,
                                        period: Period, path: String) -> Diagnostic {
        let file = String(PathParts.name(of: path))
        let listed = others.map(\.listed).joined(separator: ", ")
        let names = others.map { "'\($0.sheet.name)'" }.joined(separator: ", ")
        let periods = others.compactMap(\.period)
        let parts = periods.count == others.count ? PeriodParts(of: periods, in: period) : nil
        // Beside a sheet saying half a year, which names no period, the others are not said to name "another".
        let vietnamese = parts.map { "ghi \($0.vietnamesePlural) của \(VietnameseFormat.period(period)), không phải kỳ của tệp '\(file)'," }
            ?? "\(understood == nil ? "ghi kỳ khác với" : "không ghi") kỳ của tệp '\(file)' (\(VietnameseFormat.period(period)))"
        let verb = others.count == 1 ? "is" : "are"
        let english = parts.map { "naming \($0.englishPlural) of the file's period \(period), are" }
            ?? (understood != nil ? "not naming the file's period \(period), \(verb)"
                : others.count == 1 ? "naming another period than the file's \(period), is" : "naming other periods than the file's \(period), are")
        return .warning(
            at: SourceLocation(file: path, cell: sheet.reference(column: 1, row: 1)), field: "xlsx_sheet",
            "đọc trang '\(sheet.name)', trang có bảng điểm duy nhất mà tên không ghi kỳ nào; \(others.count == 1 ? "trang" : "các trang") "
                + "\(listed) \(vietnamese) nên không được đọc. Nếu điểm kỳ \(period) không nằm ở trang '\(sheet.name)', hãy đặt tên "
                + "trang có điểm đó ghi đúng kỳ \(period)\(understood.map { ". \($0.vi)" } ?? "") / reads '\(sheet.name)', the one "
                + "sheet with scores whose name names no period; \(names), \(english) not read\(understood.map { "; \($0.en)" } ?? "")")
    }

    /// A sheet with scores not read for what its name names: its listing ("'Quý I' (quý I)"),
    /// and the period it names, nil for a span of months that is none.
    private typealias Other = (sheet: SpreadsheetSheet, listed: String, period: Period?)

    /// The error when no sheet names the file's period: the sheets naming others, those naming
    /// none apart; when every sheet names a part of the file's period (the months of its
    /// quarter), said so, with the advice to keep the period's total in one sheet or to name the
    /// file by the part.
    private static func refusal(holders: [SpreadsheetSheet], others: [Other], unnamed: [Int], understood: (vi: String, en: String)?,
                                period: Period, path: String) -> Diagnostic {
        let file = String(PathParts.name(of: path))
        let location = SourceLocation(file: path, cell: holders[0].reference(column: 1, row: 1))
        let listed = others.map(\.listed).joined(separator: ", ")
        let names = others.map { "'\($0.sheet.name)'" }.joined(separator: ", ")
        let periods = others.compactMap(\.period)
        if unnamed.isEmpty, periods.count == others.count, let parts = PeriodParts(of: periods, in: period), let last = periods.last {
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
                + "điểm ghi \(understood == nil ? "kỳ khác" : "kỳ khác hoặc khoảng tháng không phải kỳ"): \(listed)\(noneNamed); không trang nào được đọc, để điểm kỳ khác không bị "
                + "xếp hạng là điểm kỳ \(period). Nếu điểm kỳ \(period) nằm ở một trang, hãy đặt tên trang ghi đúng kỳ đó; "
                + "nếu bảng tính là điểm kỳ khác, hãy đặt tên tệp theo kỳ đó (mỗi kỳ một tệp)\(understood.map { ". \($0.vi)" } ?? "") "
                + "/ no sheet's name names the file's period \(period), while the sheets with scores name other periods"
                + "\(understood == nil ? "" : " or spans of months that are none"): "
                + "\(names)\(noneNamedEnglish); none is read\(understood.map { "; \($0.en)" } ?? "")")
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
