/// An .xlsx workbook opened once: the names of its sheets in order, each sheet read when asked
/// for, so a reader can look for the sheet that holds a table without naming it.
public struct XLSXWorkbook: SpreadsheetWorkbook {
    /// One sheet as the workbook lists it: its tab name, its part, and whether it is hidden
    /// (Format ▸ Sheet ▸ Hide: a list of branches behind a drop-down, an old copy).
    struct Entry {
        var name: String
        var path: String?
        var isHidden: Bool
    }

    let package: OfficePackage
    let sheets: [Entry]
    let strings: [XLSXReader.SharedString]
    let formats: XLSXNumberFormats
    let fonts: XLSXCellFonts

    /// The sheets' names, as the workbook's tabs show them, hidden ones included.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// The indices of the sheets the workbook shows, in order: what a clerk sees as its tabs.
    /// Every sheet when all of them are hidden (a file no program would save).
    public var visibleSheetIndices: [Int] {
        let visible = sheets.indices.filter { !sheets[$0].isHidden }
        return visible.isEmpty ? Array(sheets.indices) : visible
    }

    /// The sheet at `index` (0 is the first tab).
    public func sheet(at index: Int) throws(OfficeError) -> SpreadsheetSheet {
        try XLSXReader.sheet(named: sheets[index].name, path: sheets[index].path, in: package, strings: strings, formats: formats,
                               fonts: fonts)
    }
}
