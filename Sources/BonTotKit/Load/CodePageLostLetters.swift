import BonTotOffice

/// A text file saved in a Windows code page that lost letters as '?' (`LostLetters`): Notepad's
/// "ANSI", Excel's "CSV (Comma delimited)". Its bytes are no UTF-8 (the letters the code page
/// has, "â", "ê", "ô", are bytes of its own), so the build refuses it; but converting it
/// (`bontot convert`) brings no lost letter back, so what is told is to save it again as UTF-8.
enum CodePageLostLetters {
    /// The first word of `bytes`, read as Windows-1258, with letters lost, its line, and how
    /// many words lost letters; nil when none did, or when the bytes read likelier as TCVN3 or
    /// VNI (`LegacyEncodingDetector`), whose '?' before a word were typed ("trì?Anh").
    static func first<Bytes: Collection>(in bytes: Bytes) -> (word: String, line: Int, count: Int)? where Bytes.Element == UInt8 {
        guard LegacyEncodingDetector.guess(bytes) == .windows1258 else { return nil }
        return LostLetters.first(in: LegacyEncoding.windows1258.decode(bytes))
    }

    /// The error on the file `path` whose `bytes` are no UTF-8, when a word of them lost
    /// letters; nil otherwise. A score sheet (`spreadsheet`) is saved again from Excel.
    static func error<Bytes: Collection>(_ bytes: Bytes, path: String, spreadsheet: Bool) -> Diagnostic? where Bytes.Element == UInt8 {
        guard let lost = first(in: bytes) else { return nil }
        let shown = example(lost)
        let location = SourceLocation(file: path, line: lost.line)
        guard !spreadsheet else {
            return .error(at: location,
                          "tệp không phải UTF-8 mà được lưu bằng kiểu \"CSV (Comma delimited)\", kiểu này thay mọi chữ mà bảng mã của "
                          + "máy không có bằng dấu '?' (\(shown)), nên các chữ ấy đã mất khỏi tệp và chuyển mã cũng không lấy lại được; "
                          + "hãy mở bảng tính gốc trong Excel và lưu lại bằng \"CSV UTF-8 (Comma delimited)\", hoặc dùng thẳng tệp .xlsx "
                          + "thay cho tệp CSV / not UTF-8: saved as 'CSV (Comma delimited)', which wrote the letters it lacks as '?'; "
                          + "save the sheet again as 'CSV UTF-8'")
        }
        return .error(at: location,
                      "tệp không phải UTF-8 mà được lưu bằng bảng mã ANSI của Windows, bảng mã này không có phần lớn chữ có dấu nên đã "
                      + "ghi chúng thành dấu '?' (\(shown)): các chữ ấy đã mất khỏi tệp và chuyển mã cũng không lấy lại được; "
                      + "hãy mở bản còn đủ chữ bằng Notepad rồi lưu lại với bảng mã UTF-8, hoặc nếu không còn bản ấy thì gõ lại "
                      + "các chữ có dấu '?' rồi lưu với bảng mã UTF-8 / not UTF-8: saved as ANSI (a Windows code page), which wrote "
                      + "the letters it lacks as '?'; save the original again as UTF-8")
    }

    /// The warning on a file `bontot convert` has just rewritten as `text` from a code page,
    /// when a word of it had lost letters before; nil otherwise.
    static func warning(converted text: String, path: String) -> Diagnostic? {
        guard let lost = LostLetters.first(in: text) else { return nil }
        let shown = example(lost)
        return .warning(at: SourceLocation(file: path, line: lost.line),
                        "tệp đã được lưu bằng bảng mã ANSI của Windows trước khi chuyển, bảng mã này đã ghi các chữ có dấu mà nó không có "
                        + "thành dấu '?' (\(shown)) và việc chuyển không lấy lại được chúng; hãy gõ lại các chữ ấy, hoặc mở bản còn "
                        + "đủ chữ bằng Notepad rồi lưu lại với bảng mã UTF-8 / letters were lost as '?' when the file was saved as ANSI: "
                        + "retype them, or save the original again as UTF-8")
    }

    /// The warning on a Markdown or YAML file read as UTF-8, `text`, of plain letters alone
    /// (ASCII) and '?' that stand for letters ("T?ng k?t"): saved once in a code page that lost
    /// them (Notepad's "ANSI") and since as it stood, or in a code page that kept no letter beyond
    /// ASCII, so the build reads it and would print the '?'. It is no "ANSI" file any more: what
    /// is told is that the letters were lost before, and only retyping or the original brings
    /// them back. Nil when `text` holds no '?', a letter beyond ASCII (a file saved as UTF-8 with
    /// its letters, whose '?' were typed), or no word that lost letters.
    static func warning(plain text: String, path: String) -> Diagnostic? {
        guard ByteSearch.holds(UInt8(ascii: "?"), in: text), text.utf8.allSatisfy({ $0 < 0x80 }),
              let lost = LostLetters.first(in: text) else { return nil }
        return .warning(at: SourceLocation(file: path, line: lost.line),
                        "tệp có dấu '?' thay cho chữ có dấu (\(example(lost))): các chữ ấy đã mất từ trước, khi tệp được lưu bằng "
                        + "một bảng mã không có chúng (như ANSI của Windows), nên lưu lại hay chuyển mã cũng không lấy lại được; "
                        + "hãy gõ lại các chữ có dấu '?' rồi lưu với bảng mã UTF-8, hoặc mở bản còn đủ chữ rồi lưu lại với bảng mã UTF-8 "
                        + "/ letters were lost as '?' before the file was saved (in a code page that lacked them): no saving or "
                        + "converting restores them; retype them, or save the original again as UTF-8")
    }

    /// "như 'Th?n' ở dòng 3; cả tệp có 12 chữ như vậy".
    private static func example(_ lost: (word: String, line: Int, count: Int)) -> String {
        "như '\(lost.word)' ở dòng \(lost.line)" + (lost.count > 1 ? "; cả tệp có \(VietnameseFormat.number(lost.count)) chữ như vậy" : "")
    }
}
