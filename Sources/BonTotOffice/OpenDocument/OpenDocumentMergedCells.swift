/// The covered cells (`table:covered-table-cell`) of a Writer table that Word's reader sees as
/// cells, so a table reads with the same columns from an .odt as from the .docx it was saved
/// from. Word writes a cell merged down over rows as one cell in each row, those below it
/// continuing it and empty (`w:vMerge`), and a cell merged across columns as one cell
/// (`w:gridSpan`). So a covered cell under the first column of a cell merged down is an empty
/// cell of its row; one covered by a cell merged across is none.
struct OpenDocumentMergedCells {
    /// The last row each cell merged down covers, and the columns it spans, by the column it starts in.
    private var mergedDown: [Int: (lastRow: Int, columns: Int)] = [:]

    /// Notes the cell at `column` of row `row`, merged down over `rows` rows and across `columns` columns.
    mutating func start(row: Int, column: Int, rows: Int, columns: Int = 1) {
        mergedDown[column] = rows > 1 ? (row + rows - 1, columns) : nil
    }

    /// The columns the cell spans when the covered cell at `column` of row `row` continues a
    /// cell merged down from a row above and starting in this column (Word's reader gives it
    /// as an empty cell); nil for any other covered cell.
    func continuesDown(row: Int, column: Int) -> Int? {
        mergedDown[column].flatMap { row <= $0.lastRow ? $0.columns : nil }
    }
}
