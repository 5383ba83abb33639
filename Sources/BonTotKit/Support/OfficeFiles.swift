/// Office documents among the site's files, known by their extension: Excel and Calc workbooks,
/// read as bytes, not text, their places named by cell (`Sheet1!D7`); and Word and Writer
/// documents, which the import reads. Neither has lines a clerk can look up (`BinaryFiles`).
enum OfficeFiles {
    /// Workbooks: `xlsx`, `xls` (an old Excel 97–2003 file) and `ods`, lowercased.
    static let workbookExtensions: Set<String> = ["xlsx", "xls", "ods"]

    /// Word and Writer documents: `docx`, `doc`, `odt` and `rtf`, lowercased.
    static let documentExtensions: Set<String> = ["docx", "doc", "odt", "rtf"]

    /// True when `path` names a workbook, its extension in any case (`2024.XLSX`).
    static func isWorkbook(_ path: String) -> Bool {
        workbookExtensions.contains(PathParts.lowercasedExtension(of: path))
    }
}
