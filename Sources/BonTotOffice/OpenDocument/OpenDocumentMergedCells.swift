/// The covered cells (`table:covered-table-cell`) of a Writer table that Word's reader sees as
/// cells, so a table reads with the same columns from an .odt as from the .docx it was saved
/// from. Word writes a cell merged down over rows as one cell in each row, those below it
/// continuing it and empty (`w:vMerge`), and a cell merged across columns as one cell
/// (`w:gridSpan`). So a covered cell under the first column of a cell merged down is an empty
/// cell of its row; one covered by a cell merged across is none.
struct OpenDocumentMergedCells {
    /// The last row each cell merged down covers, by the column it starts in.
    private var mergedDown: [Int: Int] = [:]

    /// Notes the cell at `column` of row `row`, merged down over `rows` rows.
    mutating func start(row: Int, column: Int, rows: Int) {
        if rows > 1 { mergedDown[column] = row + rows - 1 } else { mergedDown[column] = nil }
    }

    /// True when the covered cell at `column` of row `row` continues a cell merged down from a
    /// row above and starting in this column: Word's reader gives it as an empty cell.
    func continuesDown(row: Int, column: Int) -> Bool {
        mergedDown[column].map { row <= $0 } ?? false
    }
}
