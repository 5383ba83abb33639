import Foundation

extension CommaShiftCause {
    /// True when every branch row of `rows` (at least two) is one cell wider than the header's
    /// `headerWidth` and that last cell is empty in every one: a last column left empty, which
    /// Excel's "Save as CSV" ends each row with a comma for ("truong-tieu-hoc,27,25,18,17,"),
    /// the header's own comma dropped or never typed. No row is then shifted, whatever its
    /// whole scores look like side by side ("27,25"): a decimal comma widens the rows whose
    /// score it splits, not every row by an empty cell. A branch row holds an id and a score
    /// at least; a group's heading and the total row ("Tổng cộng") are not counted.
    static func isEmptyLastColumn(_ rows: [EvaluationTable.Row], headerWidth: Int) -> Bool {
        let branchRows = rows.filter { $0.filledCells.count >= 2 && !EvaluationHeader.isTotal($0.filledCells[0]) }
        return branchRows.count >= 2 && branchRows.allSatisfy { row in
            row.cells.count == headerWidth + 1 && row.cells[headerWidth].trimmingCharacters(in: .whitespaces).isEmpty
        }
    }
}
