import Foundation

/// Reads `evaluations/<period>.csv` as Excel exports it: UTF-8 with or without BOM, `,` or `;`
/// separated, CRLF or LF; a header row `branch;<criterion ids>;bonus;penalty;violations;level;note`,
/// title rows above it skipped, and a header typed on two or three rows (a group cell over the criteria)
/// read as one. Diagnostics name the file line of each row, which is the
/// spreadsheet's row number.
enum EvaluationCSVDecoder {
    /// `subject` names the first column: `branch`, or `unit` in a district's `unit-evaluations/`.
    /// `scoreFiles` are the paths of the score files beside it (`OtherYearScoreSheet`). `marked`
    /// when the file began with a byte-order mark (`SourceText.hadByteOrderMark`).
    static func decode(_ text: String, marked: Bool, period: Period?, path: String, rubric: Rubric, sink: DiagnosticSink,
                       subject: RankingSubject = .branches, scoreFiles: [String] = [],
                       scaleNote: ScaleChangeNote? = nil) -> Evaluation? {
        guard let period else {
            sink.report(nameError(for: path, scoreFiles: scoreFiles))
            return nil
        }
        let separator = delimiter(of: text, idColumn: subject.englishNoun)
        let table = CSVTable(text, delimiter: separator)
        if let line = table.unclosedQuoteLine {
            sink.error(SourceLocation(file: path, line: line), "dấu ngoặc kép mở ở dòng \(line) không được đóng / unclosed quote")
            return nil
        }
        if let warning = LostLettersCheck.warning(readAsUTF8: text, marked: marked, records: table.records, path: path) {
            sink.report(warning)
        }
        let rows = table.records.map { record in
            let location = SourceLocation(file: path, line: record.line)
            return EvaluationTable.Row(cells: record.cells, location: location, locate: { _ in location })
        }
        let evaluationTable = EvaluationTable(rows: rows, splitsDecimalCommas: separator == ",")
        if let warning = OtherYearScoreSheet.warning(sheetName: nil, sheetLocation: nil, table: evaluationTable,
                                                     idColumn: subject.englishNoun, period: period, path: path,
                                                     scoreFiles: scoreFiles) {
            sink.report(warning)
        }
        return EvaluationTableDecoder.decode(evaluationTable, period: period, path: path,
                                             emptyMessage: emptyMessage, rubric: rubric, sink: sink,
                                             subject: subject, scaleNote: scaleNote)
    }

    /// What is said of a CSV file with no record.
    static let emptyMessage = "tệp CSV trống / the CSV file is empty"

    /// The error on a CSV file whose name is no period (`ScoreFileNameAdvice`).
    static func nameError(for path: String, scoreFiles: [String]) -> Diagnostic {
        ScoreFileNameAdvice.error(for: path, kind: "tệp CSV", examples: "2024.csv, 2024-q3.csv, 2024-09.csv", scoreFiles: scoreFiles)
    }

    /// `;` when the header line has at least as many semicolons as commas, else `,`; a tab when
    /// it has more tabs than either (Excel's "Unicode Text", which `bontot convert` turns into
    /// UTF-8, is separated by tabs). The header is the first line that is not a title (a title
    /// exported from merged cells is one cell and its empty neighbours, so it has as many of one
    /// as of the other).
    static func delimiter(of text: String, idColumn: String) -> Unicode.Scalar {
        let lines = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for line in lines.prefix(20) {
            let semicolons = line.filter { $0 == ";" }.count
            let commas = line.filter { $0 == "," }.count
            let tabs = line.filter { $0 == "\t" }.count
            if tabs > max(semicolons, commas) { return "\t" }
            if semicolons != commas || line.contains(idColumn) { return semicolons >= commas ? ";" : "," }
        }
        return ";"
    }
}
