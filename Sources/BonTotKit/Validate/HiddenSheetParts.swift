import Foundation

/// Rows and columns a clerk hid in the workbook. They are read as Excel's own sums and its CSV
/// export read them (a column hidden to print the sheet narrower still holds scores), except
/// where they repeat what the sheet shows: an old copy of a branch's row, or of a column, hidden
/// rather than deleted, gives way to the one shown, with a warning at the hidden cell; a hidden
/// column whose header names nothing bontot reads (a helper, last year's total) is left out
/// without a word.
enum HiddenSheetParts {
    /// `header`'s columns with the hidden ones that repeat a shown column, or name nothing
    /// known, made empty (a column with no header is not read); a warning at each repeat.
    static func readColumns(_ header: [String], row: EvaluationTable.Row, builder: EvaluationEntryBuilder) -> [String] {
        guard !row.hiddenCells.isEmpty else { return header }
        var columns = header
        for index in header.indices.dropFirst() where row.hiddenCells.contains(index) && !header[index].isEmpty {
            let column = header[index]
            if header.indices.contains(where: { $0 != index && header[$0] == column && !row.hiddenCells.contains($0) }) {
                builder.sink.warning(row.locate(index), field: column,
                                     "cột '\(cell(row, index))' đang ẩn lặp lại một cột đang hiện; cột ẩn không được đọc "
                                         + "/ a hidden column repeats a shown one: it is not read")
                columns[index] = ""
            } else if !builder.acceptedKeys.contains(column), !EvaluationHeader.restatedColumns.contains(column) {
                columns[index] = ""
            }
        }
        return columns
    }

    /// Where each branch written on a shown row is (by its folded text), for a hidden row to be
    /// checked against.
    static func shownBranches(_ records: [EvaluationTable.Row]) -> [String: SourceLocation] {
        var shown: [String: SourceLocation] = [:]
        for record in records where !record.isHidden {
            let written = Slug.fold(record.cells.first ?? "")
            if !written.isEmpty, shown[written] == nil { shown[written] = record.locate(0) }
        }
        return shown
    }

    /// True, after a warning at its branch cell, for a hidden row whose branch a shown row scores
    /// too: an old copy, left out.
    static func isHiddenRepeat(_ record: EvaluationTable.Row, shown: [String: SourceLocation], sink: DiagnosticSink) -> Bool {
        guard record.isHidden, let other = shown[Slug.fold(record.cells.first ?? "")] else { return false }
        let place = other.cell ?? "dòng \(other.line)"
        sink.warning(record.locate(0), field: "branch",
                     "dòng đang ẩn ghi lại '\(cell(record, 0))', đã được chấm ở dòng đang hiện (ô \(place)); dòng ẩn không được đọc "
                         + "/ a hidden row repeats a branch scored on a shown row: it is not read")
        return true
    }

    private static func cell(_ row: EvaluationTable.Row, _ index: Int) -> String {
        index < row.cells.count ? row.cells[index].trimmingCharacters(in: .whitespacesAndNewlines) : ""
    }
}
