/// A score table's column of emulation clusters ("Cụm thi đua", "Cụm", "Khối thi đua", "Khối"),
/// which offices often put first, before the branch column ("STT | Cụm thi đua | Tên chi bộ | …"),
/// or even before the row numbers ("Cụm | STT | Tên chi bộ | …").
/// The table is then read as if the branch column came first, each cell still named where it is;
/// the cluster is only compared with the branch file's (`SheetClusterCheck`).
enum ClusterColumn {
    /// The index of the id column in `columns` (what each header cell names, after an "STT"
    /// cell) when only cluster columns, or the ranks the ranking's own CSV writes first ("Hạng |
    /// Hạng trong cụm | Cụm thi đua | Chi bộ"), stand before it; nil when it is first already, or absent.
    static func idIndex(in columns: [String], idColumn: String) -> Int? {
        let leading: Set<String> = [EvaluationHeader.clusterColumn, EvaluationHeader.rankColumn, EvaluationHeader.clusterRankColumn]
        guard let index = columns.firstIndex(of: idColumn), index > 0,
              columns[..<index].allSatisfy(leading.contains) else { return nil }
        return index
    }

    /// The index of the row-number cell ("STT") in a header's `cells` when only cluster columns
    /// stand before it ("Cụm | STT | Tên chi bộ"); nil when it is first already, or absent.
    static func rowNumberIndex(in cells: [String]) -> Int? {
        guard let index = cells.firstIndex(where: { EvaluationHeader.isRowNumber($0.trimmingCharacters(in: .whitespaces)) }), index > 0,
              cells[..<index].allSatisfy(EvaluationHeader.isClusterColumn) else { return nil }
        return index
    }

    /// `table` with the cell at `from` of every row from `headerIndex` down moved to `to`, the
    /// cells between shifted right one place.
    static func moving(_ table: EvaluationTable, from: Int, to: Int, headerIndex: Int) -> EvaluationTable {
        var table = table
        for index in headerIndex..<table.rows.count { table.rows[index] = table.rows[index].movingCell(from: from, to: to) }
        return table
    }

    /// True for a row under the header that holds nothing but a cluster's name (a heading of the
    /// cluster's branches) or a total's label in a cluster cell: no branch's scores.
    static func isClusterLabelRow(_ record: EvaluationTable.Row, header: [String]) -> Bool {
        let clusters = header.indices.filter { header[$0] == EvaluationHeader.clusterColumn }
        guard !clusters.isEmpty else { return false }
        let filled = record.cells.indices.filter { !record.cells[$0].trimmingCharacters(in: .whitespaces).isEmpty }
        return filled.allSatisfy(clusters.contains)
            || clusters.contains { $0 < record.cells.count && EvaluationHeader.isTotal(record.cells[$0]) }
    }
}

extension EvaluationHeader {
    /// True for a header cell naming the cluster column ("Cụm thi đua", "Khối").
    static func isClusterColumn(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed == clusterColumn || words[clusterColumn]?.contains(Slug.fold(trimmed)) == true
    }
}

extension EvaluationTable.Row {
    /// The row with its cell at `from` moved to `to` (`to` < `from`), the cells between shifted
    /// right one place; each cell still located, and marked, where it is in the sheet.
    func movingCell(from: Int, to: Int) -> EvaluationTable.Row {
        guard to < from else { return self }
        var cells = self.cells
        if cells.count <= from { cells += Array(repeating: "", count: from + 1 - cells.count) }
        cells.insert(cells.remove(at: from), at: to)
        // The sheet's column of each new place, and the new place of each of the sheet's columns.
        let old = { (new: Int) -> Int in new < to || new > from ? new : new == to ? from : new - 1 }
        let new = { (old: Int) -> Int in old < to || old > from ? old : old == from ? to : old + 1 }
        let locate = self.locate
        var row = EvaluationTable.Row(cells: cells, location: to == 0 ? locate(from) : location, isMergedTitle: isMergedTitle,
                                      uncomputedFormulas: uncomputedFormulas.map(new), locate: { locate(old($0)) })
        row.isHidden = isHidden
        row.hiddenCells = Set(hiddenCells.map(new))
        row.storedNumbers = Set(storedNumbers.map(new))
        return row
    }
}
