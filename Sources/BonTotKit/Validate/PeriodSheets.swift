import BonTotOffice
import Foundation

/// A workbook keeping a sheet a quarter or a month ("Quý I 2024", "Quý II 2024" in
/// `2024-q2.xlsx`; "T5-2024", "T6-2024" in `2024-06.xlsx`; "Quý I", "Quý II" without a year;
/// "Cả năm", the year's, whatever the other sheets are):
/// of its sheets holding scores, those whose names name the file's period (`SheetPeriod`) are
/// read, never the first one for being first, which ranked the last quarter's scores as this
/// one's. Silently when every other sheet names another period; with a warning saying which
/// sheet is read, and why, when another names none (it may hold this period's scores too). When
/// no sheet names the file's period, an error names each sheet and the period it names, and
/// none is read: another period's scores are never ranked as the file's.
enum PeriodSheets {
    /// What the sheets' names decide.
    enum Outcome {
        /// The sheets named for the file's period (several: a sheet a cluster of that period),
        /// with the warning when other sheets with scores name no period.
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
        let file = (path as NSString).lastPathComponent
        let matching = holders.indices.filter { named[$0]?.period == period }
        guard let first = matching.first else {
            let listed = holders.indices.map { "'\(holders[$0].name)' (\(named[$0]?.vietnamese ?? "không ghi kỳ nào"))" }
            return .refused(.error(
                at: SourceLocation(file: path, cell: holders[0].reference(column: 1, row: 1)),
                "không trang nào có tên ghi kỳ của tệp '\(file)' (\(VietnameseFormat.period(period))), còn các trang có bảng "
                    + "điểm ghi kỳ khác: \(listed.joined(separator: ", ")); không trang nào được đọc, để điểm kỳ khác không bị "
                    + "xếp hạng là điểm kỳ \(period). Nếu điểm kỳ \(period) nằm ở một trang, hãy đặt tên trang ghi đúng kỳ đó; "
                    + "nếu bảng tính là điểm kỳ khác, hãy đặt tên tệp theo kỳ đó (mỗi kỳ một tệp) / no sheet's name names the "
                    + "file's period \(period), while the sheets with scores name other periods: "
                    + holders.map { "'\($0.name)'" }.joined(separator: ", ") + "; none is read"))
        }
        let unnamed = holders.indices.filter { named[$0] == nil }.map { "'\(holders[$0].name)'" }
        let chosen = matching.map { holders[$0] }
        guard !unnamed.isEmpty else { return .named(chosen, note: nil) }
        let read = chosen.map { "'\($0.name)'" }.joined(separator: ", ")
        let note = Diagnostic.warning(
            at: SourceLocation(file: path, cell: holders[first].reference(column: 1, row: 1)), field: "xlsx_sheet",
            "đọc trang \(read) vì tên trang ghi kỳ của tệp '\(file)' (\(VietnameseFormat.period(period))); trang "
                + "\(unnamed.joined(separator: ", ")) cũng có bảng điểm nhưng tên không ghi kỳ nào nên không được đọc. Nếu điểm "
                + "kỳ \(period) nằm ở trang đó, hãy đặt tên các trang cho đúng kỳ của chúng / reads the sheet \(read), whose "
                + "name names the file's period \(period); \(unnamed.joined(separator: ", ")), also with scores, names none "
                + "and is not read")
        return .named(chosen, note: note)
    }
}
