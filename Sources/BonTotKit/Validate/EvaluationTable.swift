/// A table of scores as a spreadsheet holds it, whichever file it came from (CSV or .xlsx):
/// rows of cells by column, each row and cell with the place a message should name.
struct EvaluationTable {
    /// One row: its cells by column (0-based, "" where empty) and where it and its cells are.
    struct Row {
        var cells: [String]
        /// The row as a whole: the CSV line, or the row's first cell in a workbook.
        var location: SourceLocation
        /// True for a row merged across the table's width (a title typed over the columns).
        var isMergedTitle = false
        /// The columns (0-based) of formula cells saved without their computed value: reported
        /// when the row is read, not when it is left out (a total row's sums).
        var uncomputedFormulas: [Int] = []
        /// Where the cell in a column (0-based) is: the row's line in CSV, `Sheet1!D7` in a workbook.
        var locate: (Int) -> SourceLocation
        /// True for a row hidden in the workbook (never in CSV).
        var isHidden = false
        /// The columns (0-based) hidden in the workbook.
        var hiddenCells: Set<Int> = []
        /// The columns (0-based) holding a number the workbook stores, written plainly by bontot
        /// (never in CSV, whose every cell is as typed).
        var storedNumbers: Set<Int> = []

        /// The row without its first cell (a row-number column), its cells still named where they are.
        var droppingFirstCell: Row {
            let locate = self.locate
            var row = Row(cells: Array(cells.dropFirst()), location: locate(1), isMergedTitle: isMergedTitle,
                          uncomputedFormulas: uncomputedFormulas.compactMap { $0 > 0 ? $0 - 1 : nil }, locate: { locate($0 + 1) })
            row.isHidden = isHidden
            row.hiddenCells = Set(hiddenCells.compactMap { $0 > 0 ? $0 - 1 : nil })
            row.storedNumbers = Set(storedNumbers.compactMap { $0 > 0 ? $0 - 1 : nil })
            return row
        }

        /// True when the row's first filled cell, or the one after a row-number cell ("STT") and
        /// cluster cells ("Cụm thi đua"), in either order, is the id column's name: `branch` or its
        /// Vietnamese words (`EvaluationHeader.words`).
        func namesIDColumn(_ idColumn: String) -> Bool {
            var filled = filledCells[...]
            while let first = filled.first, EvaluationHeader.isRowNumber(first) || EvaluationHeader.isClusterColumn(first) {
                filled = filled.dropFirst()
            }
            guard let first = filled.first else { return false }
            return first == idColumn || EvaluationHeader.words[idColumn]?.contains(Slug.fold(first)) == true
        }

        /// The number of empty cells before the first filled one.
        var leadingEmptyCells: Int {
            cells.prefix { $0.trimmingCharacters(in: .whitespaces).isEmpty }.count
        }

        /// The non-empty cells, trimmed.
        var filledCells: [String] {
            cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    var rows: [Row]
    /// True for a CSV separated by ',': there a decimal comma ("27,5") splits a score in two
    /// cells and shifts every later score into the wrong column, so extra cells are an error.
    var splitsDecimalCommas = false
    /// True for a workbook's table, whose merged ranges are known (and filled down,
    /// `fillingMergedDown`); false for a CSV, where a merged cell leaves its rows below empty.
    var knowsMerges = false

    /// The index of the header row: the first row once the title rows above it are skipped. A
    /// title row is merged across the table, or holds a single cell that is not the id column's
    /// name ("KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024"), as Excel exports a merged title to CSV.
    /// Nil when every row is a title.
    ///
    /// A row whose first cell (after an "STT" cell) names the id column ("branch", "Chi bộ",
    /// "Tên chi bộ") is the header wherever it stands: the rows above it are the document's head,
    /// however they are laid out (the Party header "ĐẢNG BỘ PHƯỜNG … | ĐẢNG CỘNG SẢN VIỆT NAM"
    /// as two merged blocks on one row, a date line, a number).
    func headerIndex(idColumn: String) -> Int? {
        if let named = rows.firstIndex(where: { $0.namesIDColumn(idColumn) }) { return named }
        return rows.firstIndex { row in
            let filled = row.filledCells
            let isTitle = row.isMergedTitle || (filled.count <= 1 && filled.first != idColumn)
            return !isTitle
        }
    }

    /// The table with the columns left of the header row's first cell dropped from the header
    /// down, when no row below holds anything in them: a sheet whose table starts in column B
    /// (column A left empty as a margin) reads as one that starts in A.
    func droppingLeadingEmptyColumns(headerIndex index: Int) -> EvaluationTable {
        let lead = rows[index].leadingEmptyCells
        guard lead > 0, lead < rows[index].cells.count,
              rows[(index + 1)...].allSatisfy({ $0.leadingEmptyCells >= min(lead, $0.cells.count) }) else { return self }
        var table = self
        for row in index..<rows.count {
            for _ in 0..<min(lead, table.rows[row].cells.count) { table.rows[row] = table.rows[row].droppingFirstCell }
        }
        return table
    }

    /// The table with the header row at `index` and the row below it joined into one row, as
    /// a header typed on two rows (a group cell over the criteria) reads: each column named by
    /// the lower row, or else by the upper (a cell merged down keeps its value in its top-left
    /// cell), a group's "Cộng" by `EvaluationHeader.subtotalColumn` (`GroupSubtotal`), a
    /// criterion's "Tự chấm | Đảng ủy chấm" by the committee's (`ScorerColumns`); each cell named
    /// where it is.
    func joiningHeader(at index: Int) -> EvaluationTable {
        let upper = rows[index], lower = rows[index + 1]
        let width = max(upper.cells.count, lower.cells.count)
        let fromLower = Set((0..<width).filter { $0 < lower.cells.count && !lower.cells[$0].trimmingCharacters(in: .whitespaces).isEmpty })
        var cells = (0..<width).map { fromLower.contains($0) ? lower.cells[$0] : $0 < upper.cells.count ? upper.cells[$0] : "" }
        for column in GroupSubtotal.columns(upper: upper.cells, lower: lower.cells) { cells[column] = EvaluationHeader.subtotalColumn }
        for (column, name) in ScorerColumns.renamed(upper: upper.cells, lower: lower.cells) { cells[column] = name }
        var header = Row(cells: cells, location: upper.location,
                         locate: { fromLower.contains($0) ? lower.locate($0) : upper.locate($0) })
        header.hiddenCells = upper.hiddenCells.union(lower.hiddenCells)
        var joined = self
        joined.rows.replaceSubrange(index...(index + 1), with: [header])
        return joined
    }
}
