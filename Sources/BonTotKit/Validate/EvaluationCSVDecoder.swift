import Foundation
import SwiftCSV

/// Reads `evaluations/<period>.csv` as Excel exports it: UTF-8 with or without BOM, `,` or `;`
/// separated, CRLF or LF; a header row `branch;<criterion ids>;bonus;penalty;violations;level;note`.
enum EvaluationCSVDecoder {
    static func decode(_ text: String, period: Period?, path: String, rubric: Rubric, sink: DiagnosticSink) -> Evaluation? {
        guard let period else {
            sink.error(SourceLocation(file: path), "tên tệp CSV phải là kỳ đánh giá (2024.csv, 2024-q3.csv) / the file name must be the period")
            return nil
        }
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        let headerLine = normalized.prefix { $0 != "\n" }
        let delimiter: Character = headerLine.filter { $0 == ";" }.count >= headerLine.filter { $0 == "," }.count ? ";" : ","
        let table: EnumeratedCSV
        do {
            table = try EnumeratedCSV(string: normalized, delimiter: .character(delimiter), loadColumns: false)
        } catch {
            sink.error(SourceLocation(file: path), "tệp CSV không đọc được / unreadable CSV: \(error)")
            return nil
        }
        let header = table.header.map { $0.trimmingCharacters(in: .whitespaces) }
        guard header.first == "branch" else {
            sink.error(SourceLocation(file: path, line: 1), field: "branch",
                       "cột đầu tiên phải là 'branch' / the first column must be 'branch', got '\(header.first ?? "")'")
            return nil
        }
        let builder = EvaluationEntryBuilder(rubric: rubric, sink: sink)
        var entries: [EvaluationEntry] = []
        for (index, row) in table.rows.enumerated() {
            let line = index + 2
            guard let branchID = row.first?.trimmingCharacters(in: .whitespaces), !branchID.isEmpty else { continue }
            var cells: [String: ScoreCell] = [:]
            for (column, value) in zip(header, row).dropFirst() {
                cells[column] = ScoreCell(text: value.trimmingCharacters(in: .whitespaces), location: SourceLocation(file: path, line: line))
            }
            entries.append(builder.build(branchID: branchID, cells: cells, location: SourceLocation(file: path, line: line)))
        }
        return Evaluation(period: period, entries: entries, source: SourceLocation(file: path))
    }
}
