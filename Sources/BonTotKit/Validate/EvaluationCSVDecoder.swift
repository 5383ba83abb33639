import Foundation

/// Reads `evaluations/<period>.csv` as Excel exports it: UTF-8 with or without BOM, `,` or `;`
/// separated, CRLF or LF; a header row `branch;<criterion ids>;bonus;penalty;violations;level;note`.
/// Diagnostics name the file line of each row, which is the spreadsheet's row number.
enum EvaluationCSVDecoder {
    static func decode(_ text: String, period: Period?, path: String, rubric: Rubric, sink: DiagnosticSink) -> Evaluation? {
        guard let period else {
            sink.error(SourceLocation(file: path),
                       "tên tệp CSV phải là kỳ đánh giá (2024.csv, 2024-q3.csv, 2024-09.csv) / the file name must be the period")
            return nil
        }
        let headerLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let delimiter: Unicode.Scalar = headerLine.filter { $0 == ";" }.count >= headerLine.filter { $0 == "," }.count ? ";" : ","
        let table = CSVTable(text, delimiter: delimiter)
        if let line = table.unclosedQuoteLine {
            sink.error(SourceLocation(file: path, line: line), "dấu ngoặc kép mở ở dòng \(line) không được đóng / unclosed quote")
            return nil
        }
        guard let headerRecord = table.records.first else {
            sink.error(SourceLocation(file: path), "tệp CSV trống / the CSV file is empty")
            return nil
        }
        let header = headerRecord.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        let headerLocation = SourceLocation(file: path, line: headerRecord.line)
        guard header.first == "branch" else {
            sink.error(headerLocation, field: "branch",
                       "cột đầu tiên của dòng tiêu đề phải là 'branch' / the first column must be 'branch', got '\(header.first ?? "")'")
            return nil
        }
        let builder = EvaluationEntryBuilder(rubric: rubric, sink: sink)
        var seenColumns = Set<String>()
        for column in header.dropFirst() {
            if column.isEmpty { continue }
            if !seenColumns.insert(column).inserted {
                sink.error(headerLocation, field: column, "cột '\(column)' có hai lần / the column '\(column)' appears twice")
            }
            builder.checkKey(column, at: headerLocation)
        }
        var entries: [EvaluationEntry] = []
        for record in table.records.dropFirst() {
            let location = SourceLocation(file: path, line: record.line)
            let branchID = record.cells[0].trimmingCharacters(in: .whitespaces)
            guard !branchID.isEmpty else {
                if record.cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    sink.error(location, field: "branch", "dòng có điểm nhưng thiếu mã chi bộ ở cột 'branch' / a row without a branch id")
                }
                continue
            }
            if record.cells.count > header.count,
               record.cells[header.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                if delimiter == "," {
                    // "27,5" in a file separated by ',' is two cells: every score after it would
                    // shift into the next criterion's column and be published wrong.
                    sink.error(location, "dòng có \(record.cells.count) ô, nhiều hơn \(header.count) cột của dòng tiêu đề: có lẽ một số thập phân "
                               + "viết dấu phẩy (27,5) trong tệp phân cách bằng dấu phẩy; hãy lưu bằng ';' hoặc viết 27.5 / "
                               + "more cells than header columns: a decimal comma in a comma-separated file?")
                } else {
                    sink.warning(location, "dòng có \(record.cells.count) ô, nhiều hơn \(header.count) cột của dòng tiêu đề; các ô thừa bị bỏ qua / more cells than header columns")
                }
            }
            var cells: [String: ScoreCell] = [:]
            for (column, value) in zip(header, record.cells).dropFirst() where !column.isEmpty && cells[column] == nil {
                cells[column] = ScoreCell(text: value.trimmingCharacters(in: .whitespaces), location: location)
            }
            entries.append(builder.build(branchID: branchID, cells: cells, location: location, checkKeys: false))
        }
        return Evaluation(period: period, entries: entries, source: SourceLocation(file: path))
    }
}
