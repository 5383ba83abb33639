extension SourceText {
    /// What an empty file's message says of its size, Vietnamese and English, after "tệp trống"
    /// / "the file is empty": " (0 byte)" for a file of no bytes; for one holding only the
    /// invisible byte-order mark a text editor saved ("UTF-8 with BOM": 3 bytes, Notepad's
    /// "Unicode": 2), its size and that mark, which no editor shows (it was told "0 byte");
    /// nothing for blank lines.
    var emptyFileSize: (vi: String, en: String) {
        guard text.isEmpty else { return ("", "") }
        guard hadByteOrderMark else { return (" (0 byte)", " (0 bytes)") }
        let size = utf16 == nil ? 3 : 2
        return (" (\(size) byte: chỉ có dấu BOM vô hình ở đầu tệp, không có chữ nào)", " (\(size) bytes: only an invisible byte-order mark)")
    }
}
