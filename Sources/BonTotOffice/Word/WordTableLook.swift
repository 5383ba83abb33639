/// Which parts of a table its table style formats apart, as the table's `w:tblLook` says:
/// the header row, the last row, the first and the last column. Word writes each as an
/// attribute (`w:firstRow="1"`) and, older files only, as bits of `w:val` ("04A0": first row
/// and first column); an attribute, where there is one, says it. A table without `w:tblLook`
/// formats none apart.
struct WordTableLook: Equatable {
    var firstRow = false
    var lastRow = false
    var firstColumn = false
    var lastColumn = false

    init(firstRow: Bool = false, lastRow: Bool = false, firstColumn: Bool = false, lastColumn: Bool = false) {
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.firstColumn = firstColumn
        self.lastColumn = lastColumn
    }

    init(_ look: XMLPartNode?) {
        guard let look else {
            self.init()
            return
        }
        let bits = look["val"].flatMap { Int($0, radix: 16) } ?? 0
        func flag(_ attribute: String, _ bit: Int) -> Bool {
            look[attribute].map(WordStyles.isOn(value:)) ?? (bits & bit != 0)
        }
        self.init(firstRow: flag("firstRow", 0x20), lastRow: flag("lastRow", 0x40),
                  firstColumn: flag("firstColumn", 0x80), lastColumn: flag("lastColumn", 0x100))
    }

    /// The parts (`w:tblStylePr` types) the cell at `column` of `columns` in the row at `row`
    /// of `rows` is in, in the order Word applies them; `headerRows` is how many rows at the
    /// top Word repeats as header (`w:tblHeader`), each of them formatted as the first row.
    func parts(row: Int, of rows: Int, column: Int, of columns: Int, headerRows: Int = 0) -> [String] {
        let first = firstRow && row < max(1, headerRows)
        let last = lastRow && row == rows - 1 && !first
        let left = firstColumn && column == 0
        let right = lastColumn && column == columns - 1 && !left
        var parts: [String] = []
        if left { parts.append("firstCol") }
        if right { parts.append("lastCol") }
        if first { parts.append("firstRow") }
        if last { parts.append("lastRow") }
        if first, left { parts.append("nwCell") }
        if first, right { parts.append("neCell") }
        if last, left { parts.append("swCell") }
        if last, right { parts.append("seCell") }
        return parts
    }
}
