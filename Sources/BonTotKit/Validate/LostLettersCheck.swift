import BonTotOffice

/// Letters Excel lost when it saved a table of scores as "CSV (Comma delimited)": that format
/// writes the text in the computer's old code page (Windows-1258 on a Vietnamese Windows,
/// Windows-1252 on an English one), and each letter the code page lacks (most letters with a
/// tone mark: "ộ", "ặ", "ở") becomes '?', so "Chi bộ khu dân cư số 1" is saved as
/// "Chi b? khu d?n c? s? 1". The letters are gone from the file and no reading brings them back:
/// the clerk saves the sheet again as "CSV UTF-8". A '?' directly followed by a letter in a
/// word that reads as a Vietnamese syllable with the '?' a lost letter (`LostLetters`) is never
/// typed in the office's words, so such a cell is told, once for the file.
enum LostLettersCheck {
    /// The warning on the first cell of `records` whose letters were lost, with how many such
    /// cells the file holds; nil when there is none.
    static func warning(records: [CSVTable.Record], path: String) -> Diagnostic? {
        var first: (cell: String, column: Int, line: Int)?
        var count = 0
        for record in records {
            for (index, cell) in record.cells.enumerated() where hasLostLetters(cell) {
                count += 1
                if first == nil { first = (cell, index + 1, record.line) }
            }
        }
        guard let first else { return nil }
        let shown = first.cell.count > 60 ? first.cell.prefix(60) + "…" : first.cell[...]
        let others = count > 1 ? " (cả tệp có \(VietnameseFormat.number(count)) ô như vậy)" : ""
        return .warning(at: SourceLocation(file: path, line: first.line),
                        "ô '\(shown.trimmingCharacters(in: .whitespaces))' ở cột \(SpreadsheetColumn.letters(first.column)) có dấu '?' "
                        + "thay cho chữ có dấu\(others): tệp được lưu bằng kiểu \"CSV (Comma delimited)\", kiểu này thay mọi chữ mà bảng mã "
                        + "của máy không có bằng dấu '?', nên các chữ ấy đã mất khỏi tệp; hãy mở bảng tính gốc trong Excel và lưu lại bằng "
                        + "\"CSV UTF-8 (Comma delimited)\", hoặc dùng thẳng tệp .xlsx thay cho tệp CSV "
                        + "/ letters lost as '?': the sheet was saved as 'CSV (Comma delimited)'; save it again as 'CSV UTF-8'")
    }

    /// The warning for a score file the build read as UTF-8, `text` read as `records`; nil when
    /// `text` holds any letter beyond ASCII ("Có đạt không?Có"): a file Excel saved in a code
    /// page keeps its letters with tone marks as bytes that are no UTF-8, so the build refuses
    /// it (`CodePageLostLetters`), and a '?' in a file read so was typed. Nil too when the file
    /// began with a byte-order mark (`marked`), which "CSV UTF-8" (or "Unicode Text") writes
    /// and no code page does: its '?' were typed.
    static func warning(readAsUTF8 text: String, marked: Bool, records: [CSVTable.Record], path: String) -> Diagnostic? {
        guard !marked, text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return warning(records: records, path: path)
    }

    /// The same warning for a text that is not yet read as a table: a CSV file `bontot convert`
    /// has just converted (in the code page Excel saved it in, its '?' kept as they are); nil
    /// for a text that is no CSV table or has no such cell.
    static func warning(csv text: String, path: String) -> Diagnostic? {
        guard path.lowercased().hasSuffix(".csv") else { return nil }
        let table = CSVTable(text, delimiter: EvaluationCSVDecoder.delimiter(of: text, idColumn: RankingSubject.branches.englishNoun))
        return warning(records: table.records, path: path)
    }

    /// True when a word of `cell` lost letters as '?' (`LostLetters.inWord`): "T?ng", "Th?n",
    /// not a question typed in a note ("Q?A", "why?") nor an address.
    static func hasLostLetters(_ cell: String) -> Bool {
        cell.split(whereSeparator: \.isWhitespace).contains { LostLetters.inWord($0) }
    }
}
