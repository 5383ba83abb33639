/// The cluster an empty cell of a CSV's cluster column stands for. Excel, exporting a cluster's
/// name merged down over its branches' rows, writes it on the block's first row only and leaves
/// the cells below empty; a CSV keeps no merge to tell. So, in a CSV, an empty cluster cell under
/// a filled one, within one block of branch rows, is read as that one, saying where it was copied
/// from (`SheetStatement.copiedFrom`), and compared with the branch file's `cluster:` as written
/// ones are (`SheetClusterCheck`). A block starts at a filled cluster cell, or at a row holding a
/// cluster's name alone (a heading of its branches); any other row that is no branch's (a group
/// heading, a subtotal, an empty row) ends it, and an empty cell at the top of the table, or after
/// a block ended, stays empty. A workbook keeps its merges (`fillingMergedDown`): there an empty
/// cell is empty. So is it in a table with a column of ranks within the cluster ("Hạng trong
/// cụm", the ranking's own `bang-xep-hang.csv`), which writes every row's cluster: an empty cell
/// there is a branch of no cluster.
struct ClusterBlock {
    /// False for a workbook's table, whose merged ranges are known: nothing is copied.
    let copiesDown: Bool
    /// The filled cluster cell heading the block the rows are in; nil outside a block.
    private var above: SheetStatement<String>?

    init(copiesDown: Bool) {
        self.copiesDown = copiesDown
    }

    /// The cluster of a branch's empty cluster cell, copied from the block's filled cell; nil
    /// when its cell is filled (it then heads a block), or it is in no block.
    mutating func cluster(of record: EvaluationTable.Row, header: [String]) -> SheetStatement<String>? {
        guard copiesDown, let index = header.firstIndex(of: EvaluationHeader.clusterColumn) else { return nil }
        let written = Self.text(of: record, at: index)
        guard written.isEmpty else {
            above = SheetStatement(value: written, location: record.locate(index))
            return nil
        }
        return above.map { SheetStatement(value: $0.value, location: record.locate(index), copiedFrom: $0.location) }
    }

    /// Passes a row that is no branch's: it ends the block, and starts one when it holds a
    /// cluster's name alone, no total's label.
    mutating func passing(_ record: EvaluationTable.Row, header: [String]) {
        above = nil
        guard copiesDown, ClusterColumn.isClusterLabelRow(record, header: header),
              let index = header.firstIndex(of: EvaluationHeader.clusterColumn) else { return }
        let written = Self.text(of: record, at: index)
        if !written.isEmpty, !EvaluationHeader.isTotal(written) {
            above = SheetStatement(value: written, location: record.locate(index))
        }
    }

    private static func text(of record: EvaluationTable.Row, at index: Int) -> String {
        index < record.cells.count ? record.cells[index].trimmingCharacters(in: .whitespaces) : ""
    }
}
