extension SpreadsheetSheet {
    /// The sheet with the value of each range merged down over several rows (a bonus of 2
    /// merged over three branches' rows, a note over a group) given to every row of the range,
    /// as the sheet shows it: Excel keeps it in the top cell only, and the rows below would read
    /// as empty. Only ranges that start below row `headerRow` and right of column `idColumn`, or
    /// in one of `columns` (a cluster's name before the branch column), are filled: a header
    /// merged down over its two rows, or a name merged down, stays as it is.
    public func fillingMergedDown(below headerRow: Int, rightOf idColumn: Int, alsoIn columns: Set<Int> = []) -> SpreadsheetSheet {
        let ranges = merges.filter {
            $0.lastRow > $0.firstRow && $0.firstRow > headerRow && ($0.firstColumn > idColumn || columns.contains($0.firstColumn))
        }
        guard !ranges.isEmpty else { return self }
        var sheet = self
        let places = SpreadsheetRowPlaces(rows)
        for range in ranges {
            let covered = places.places(from: range.firstRow, through: range.lastRow)
            guard let first = covered.first, rows[first].number == range.firstRow,
                  let top = rows[first].cells.first(where: { $0.column == range.firstColumn }), !top.text.isEmpty else { continue }
            for index in covered where rows[index].number > range.firstRow {
                guard !sheet.rows[index].cells.contains(where: { $0.column == range.firstColumn }) else { continue }
                sheet.rows[index].cells.append(SpreadsheetCell(column: range.firstColumn, text: top.text, isText: top.isText))
                sheet.rows[index].cells.sort { $0.column < $1.column }
            }
        }
        return sheet
    }
}
