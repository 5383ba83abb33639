import BonTotOffice
import Foundation
import Yams

/// The problems of a score file that need no scale to be seen: a name that is no period, an
/// empty file, a workbook that cannot be opened, a YAML file that holds no fields. They are told
/// when the scale that would judge the file could not be read (a `rubric.yaml` with errors, or
/// empty), so that one run reports them beside the rubric's (SPEC §6) rather than only once the
/// rubric is mended; the scores themselves wait for the scale.
enum UnscaledScoreFile {
    /// A CSV file's name, emptiness and unclosed quote.
    static func checkCSV(_ text: String, period: Period?, path: String, scoreFiles: [String], sink: DiagnosticSink) {
        guard period != nil else {
            sink.report(EvaluationCSVDecoder.nameError(for: path, scoreFiles: scoreFiles))
            return
        }
        let table = CSVTable(text, delimiter: ";")
        if let line = table.unclosedQuoteLine {
            sink.error(SourceLocation(file: path, line: line), "dấu ngoặc kép mở ở dòng \(line) không được đóng / unclosed quote")
        } else if table.records.isEmpty {
            sink.error(SourceLocation(file: path), EvaluationCSVDecoder.emptyMessage)
        }
    }

    /// A workbook's name, and whether it opens (an empty file, one cut short, not a workbook).
    /// An `.xls` is opened only when it is empty: reading one means converting it.
    static func checkWorkbook(_ data: Data, period: Period?, path: String, scoreFiles: [String], sink: DiagnosticSink) {
        guard period != nil else {
            sink.report(EvaluationXLSXDecoder.nameError(for: path, scoreFiles: scoreFiles))
            return
        }
        guard !path.lowercased().hasSuffix(".xls") || data.isEmpty else { return }
        do throws(OfficeError) {
            _ = try SpreadsheetWorkbooks.open(data)
        } catch {
            sink.error(SourceLocation(file: path), error.description)
        }
    }

    /// A YAML file's fields (none, unknown ones), its period and its `scores:`.
    static func checkYAML(_ node: Node?, period: Period?, path: String, sink: DiagnosticSink) {
        guard let reader = FieldReader(node, path: path, lineOffset: 0, known: EvaluationDecoder.fields, sink: sink) else { return }
        _ = EvaluationDecoder.period(reader, filePeriod: period)
        _ = reader.value("scores", required: true)
    }
}
