import Foundation

/// A workbook whose sheets a reader of score tables looks through: an Excel .xlsx or a
/// LibreOffice Calc .ods, the same to the reader.
public protocol SpreadsheetWorkbook {
    /// The sheets' names, as the workbook's tabs show them, hidden ones included.
    var sheetNames: [String] { get }
    /// The indices of the sheets the workbook shows, in order: what a clerk sees as its tabs.
    var visibleSheetIndices: [Int] { get }
    /// The sheet at `index` (0 is the first tab).
    func sheet(at index: Int) throws(OfficeError) -> SpreadsheetSheet
}

extension SpreadsheetWorkbook {
    /// The index of the sheet called `name`, exactly or else in any case.
    public func index(of name: String) -> Int? {
        sheetNames.firstIndex { $0 == name } ?? sheetNames.firstIndex { $0.lowercased() == name.lowercased() }
    }
}

/// Opens a workbook by what its bytes are, not by its name: an OpenDocument spreadsheet (its
/// `mimetype` part says so) or else an Office Open XML workbook.
public enum SpreadsheetWorkbooks {
    public static func open(_ data: Data) throws(OfficeError) -> any SpreadsheetWorkbook {
        let package = try OfficePackage(data: data)
        if let type = package.openDocumentType() {
            guard type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") else { throw .otherOpenDocument(type) }
            return try ODSReader.workbook(from: package)
        }
        return try XLSXReader.workbook(from: package)
    }
}
