/// An .xlsx workbook opened once: the names of its sheets in order, each sheet read when asked
/// for, so a reader can look for the sheet that holds a table without naming it.
public struct XLSXWorkbook {
    let package: OfficePackage
    let sheets: [(name: String, path: String?)]
    let strings: [String]
    let formats: XLSXNumberFormats

    /// The sheets' names, as the workbook's tabs show them.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// The index of the sheet called `name`, exactly or else in any case.
    public func index(of name: String) -> Int? {
        sheets.firstIndex { $0.name == name } ?? sheets.firstIndex { $0.name.lowercased() == name.lowercased() }
    }

    /// The sheet at `index` (0 is the first tab).
    public func sheet(at index: Int) throws(OfficeError) -> SpreadsheetSheet {
        try XLSXReader.sheet(named: sheets[index].name, path: sheets[index].path, in: package, strings: strings, formats: formats)
    }
}
