/// Where a score table first scored a branch or unit that a later row scores again, as the
/// error on that row names it: the cell of a workbook ("ô 'Cụm 1'!A7"), a line otherwise. A CSV
/// saved from Excel keeps the rows hidden there, which the clerk does not see in the sheet: its
/// line is said to be perhaps such a row. A workbook's hidden rows are found as such
/// (`HiddenSheetParts`).
enum FirstScoredRow {
    /// "ô 'Cụm 1'!A7", "dòng 8, có thể là một dòng đang ẩn trong Excel" (a CSV), "dòng 8".
    static func place(_ first: SourceLocation) -> String {
        if let cell = first.cell { return "ô \(cell)" }
        let csv = first.file.lowercased().hasSuffix(".csv")
        return "dòng \(first.line)" + (csv ? ", có thể là một dòng đang ẩn trong Excel" : "")
    }
}
