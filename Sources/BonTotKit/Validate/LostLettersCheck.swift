import BonTotOffice

/// Letters Excel lost when it saved a table of scores as "CSV (Comma delimited)": that format
/// writes the text in the computer's old code page (Windows-1258 on a Vietnamese Windows,
/// Windows-1252 on an English one), and each letter the code page lacks (most letters with a
/// tone mark: "ộ", "ặ", "ở") becomes '?', so "Chi bộ khu dân cư số 1" is saved as
/// "Chi b? khu d?n c? s? 1". The letters are gone from the file and no reading brings them back:
/// the clerk saves the sheet again as "CSV UTF-8". A '?' directly followed by a letter in a
/// word that reads as a Vietnamese syllable with the '?' a lost letter (`LostLetters`) is never
/// typed in the office's words, so such a cell is told, once for the file, when the file's
/// words prove it together (`LostLetters.Signs`: "?ai" alone was typed, "?a s?" lost letters).
/// A sheet opened from such a file and saved again as "CSV UTF-8" keeps the '?': it is told
/// that the letters were lost before, which saving again does not mend.
enum LostLettersCheck {
    /// The warning on the first cell of `records` whose letters were lost, with how many such
    /// cells the file holds; nil when there is none. `marked` when the file began with the
    /// byte-order mark "CSV UTF-8" writes: saved so after its letters were lost.
    static func warning(records: [CSVTable.Record], marked: Bool = false, path: String) -> Diagnostic? {
        var first: (cell: String, column: Int, line: Int)?
        var count = 0
        var signs = LostLetters.Signs()
        for record in records {
            for (index, cell) in record.cells.enumerated() {
                var lost = false
                for word in cell.split(whereSeparator: \.isWhitespace) where signs.add(word) != nil { lost = true }
                guard lost else { continue }
                count += 1
                if first == nil { first = (cell, index + 1, record.line) }
            }
        }
        guard let first, signs.areProof else { return nil }
        let shown = first.cell.count > 60 ? first.cell.prefix(60) + "…" : first.cell[...]
        let others = count > 1 ? " (cả tệp có \(VietnameseFormat.number(count)) ô như vậy)" : ""
        let cell = "ô '\(shown.trimmingCharacters(in: .whitespaces))' ở cột \(SpreadsheetColumn.letters(first.column)) có dấu '?' "
            + "thay cho chữ có dấu\(others): "
        guard !marked else {
            return .warning(at: SourceLocation(file: path, line: first.line),
                            cell + "các chữ ấy đã mất trước khi tệp được lưu bằng kiểu \"CSV UTF-8\" (có lẽ bảng tính được mở từ một tệp "
                            + "\"CSV (Comma delimited)\" đã mất chữ rồi lưu lại), nên lưu lại lần nữa cũng không lấy lại được; hãy gõ lại "
                            + "các chữ ấy trong Excel rồi lưu bằng \"CSV UTF-8 (Comma delimited)\", hoặc dùng bảng tính gốc (.xlsx) còn đủ chữ "
                            + "/ letters lost as '?' before the sheet was saved as 'CSV UTF-8': saving again cannot restore them; "
                            + "retype them, or use the original workbook")
        }
        return .warning(at: SourceLocation(file: path, line: first.line),
                        cell + "tệp được lưu bằng kiểu \"CSV (Comma delimited)\", kiểu này thay mọi chữ mà bảng mã "
                        + "của máy không có bằng dấu '?', nên các chữ ấy đã mất khỏi tệp; hãy mở bảng tính gốc trong Excel và lưu lại bằng "
                        + "\"CSV UTF-8 (Comma delimited)\", hoặc dùng thẳng tệp .xlsx thay cho tệp CSV "
                        + "/ letters lost as '?': the sheet was saved as 'CSV (Comma delimited)'; save it again as 'CSV UTF-8'")
    }

    /// The warning for a score file the build read as UTF-8, `text` read as `records`; nil when
    /// `text` holds any letter beyond ASCII ("Có đạt không?Có"): a file Excel saved in a code
    /// page keeps its letters with tone marks as bytes that are no UTF-8, so the build refuses
    /// it (`CodePageLostLetters`), and a '?' in a file read so was typed. A file that began with
    /// a byte-order mark (`marked`), which "CSV UTF-8" (or "Unicode Text") writes and no code
    /// page does, is told too, all ASCII: the mark says how it was saved last, not that its
    /// '?' were typed; it is told that its letters were lost before.
    static func warning(readAsUTF8 text: String, marked: Bool, records: [CSVTable.Record], path: String) -> Diagnostic? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return warning(records: records, marked: marked, path: path)
    }

    /// The same warning for a text that is not yet read as a table: a CSV file `bontot convert`
    /// has just converted (in the code page Excel saved it in, its '?' kept as they are); nil
    /// for a text that is no CSV table or has no such cell.
    static func warning(csv text: String, path: String) -> Diagnostic? {
        guard path.lowercased().hasSuffix(".csv") else { return nil }
        let table = CSVTable(text, delimiter: EvaluationCSVDecoder.delimiter(of: text, idColumn: RankingSubject.branches.englishNoun))
        return warning(records: table.records, path: path)
    }
}
