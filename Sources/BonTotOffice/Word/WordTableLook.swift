/// Which parts of a table its table style formats apart, as the table's `w:tblLook` says:
/// the header row, the last row, the first and the last column, and the banded rows and
/// columns. Word writes each as an attribute (`w:firstRow="1"`, `w:noHBand="1"`) and, older
/// files only, as bits of `w:val` ("04A0": first row and first column, no banded columns); an
/// attribute, where there is one, says it. A table without `w:tblLook` formats none apart but
/// its bands, as the standard's defaults say (`noHBand` and `noVBand` off).
///
/// A cell's or row's `w:cnfStyle` is not read: it records the parts a program found when it
/// saved the file, and Word (LibreOffice too) finds them again from the look and the cell's
/// place, so a stale one (a row moved, the look changed) changes nothing.
struct WordTableLook: Equatable {
    var firstRow = false
    var lastRow = false
    var firstColumn = false
    var lastColumn = false
    /// Banded rows (`band1Horz`, `band2Horz`): on unless `w:noHBand`.
    var rowBands = false
    /// Banded columns (`band1Vert`, `band2Vert`): on unless `w:noVBand`.
    var columnBands = false

    init(firstRow: Bool = false, lastRow: Bool = false, firstColumn: Bool = false, lastColumn: Bool = false,
         rowBands: Bool = false, columnBands: Bool = false) {
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.firstColumn = firstColumn
        self.lastColumn = lastColumn
        self.rowBands = rowBands
        self.columnBands = columnBands
    }

    init(_ look: XMLPartNode?) {
        guard let look else {
            self.init(rowBands: true, columnBands: true)
            return
        }
        let bits = look["val"].flatMap { Int($0, radix: 16) } ?? 0
        func flag(_ attribute: String, _ bit: Int) -> Bool {
            look[attribute].map(WordStyles.isOn(value:)) ?? (bits & bit != 0)
        }
        self.init(firstRow: flag("firstRow", 0x20), lastRow: flag("lastRow", 0x40),
                  firstColumn: flag("firstColumn", 0x80), lastColumn: flag("lastColumn", 0x100),
                  rowBands: !flag("noHBand", 0x200), columnBands: !flag("noVBand", 0x400))
    }

    /// The parts (`w:tblStylePr` types) the cell at `column` of `columns` in the row at `row`
    /// of `rows` is in, in the order Word applies them (banded rows, banded columns, first and
    /// last column, first and last row, corners: each overrides those before it); `headerRows`
    /// is how many rows at the top Word repeats as header (`w:tblHeader`), each of them formatted
    /// as the first row. Bands are counted from the first row and column the look does not
    /// format apart, `rowBandSize` rows (`columnBandSize` columns) each (the table style's
    /// `w:tblStyleRowBandSize`, 1 by default): the first band is `band1Horz`, the next `band2Horz`…
    func parts(row: Int, of rows: Int, column: Int, of columns: Int, headerRows: Int = 0,
               rowBandSize: Int = 1, columnBandSize: Int = 1) -> [String] {
        let topRows = firstRow ? max(1, headerRows) : 0
        let first = firstRow && row < topRows
        let last = lastRow && row == rows - 1 && !first
        let left = firstColumn && column == 0
        let right = lastColumn && column == columns - 1 && !left
        var parts: [String] = []
        if rowBands, !first, !last {
            parts.append((row - topRows) / max(1, rowBandSize) % 2 == 0 ? "band1Horz" : "band2Horz")
        }
        if columnBands, !left, !right {
            parts.append((column - (firstColumn ? 1 : 0)) / max(1, columnBandSize) % 2 == 0 ? "band1Vert" : "band2Vert")
        }
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
