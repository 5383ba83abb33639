extension Ranking {
    /// What the office does about a branch (or unit) the period's scores leave out, in one
    /// clause: add its row to the file the scores are read from (the sheet of a workbook), or,
    /// for one founded after the period, write its `founded:` day, as a branch founded after a
    /// period's closing month is not expected in it (`Branch.exists(in:)`).
    var unscoredAdvice: String {
        "hãy thêm dòng của \(subject.noun) vào \(scoresPlace), hoặc nếu \(subject.noun) thành lập sau kỳ \(period), "
            + "ghi ngày thành lập vào 'founded:' của \(subject.noun)"
    }

    /// The file the period's scores are read from, and the sheet when they are read from one
    /// sheet of a workbook: "trang 'Bảng điểm' của tệp 'content/evaluations/2024.xlsx'".
    private var scoresPlace: String {
        let file = "tệp '\(source.file)'"
        let sheets = Set(rows.compactMap { $0.card.location.cell.flatMap(Self.sheetName(ofCell:)) })
        guard sheets.count == 1, let sheet = sheets.first else { return file }
        return "trang '\(sheet)' của \(file)"
    }

    /// The sheet of a cell reference as Excel writes it: "Sheet1!D7" → "Sheet1",
    /// "'Bảng điểm'!D7" → "Bảng điểm"; nil when the reference names no sheet.
    static func sheetName(ofCell cell: String) -> String? {
        guard let bang = cell.lastIndex(of: "!") else { return nil }
        let sheet = String(cell[..<bang])
        guard sheet.count >= 2, sheet.hasPrefix("'"), sheet.hasSuffix("'") else { return sheet.isEmpty ? nil : sheet }
        return String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
    }
}
