/// A file name that is not UTF-8: a zip made on Windows with Vietnamese names, unpacked by a tool
/// that does not read them as Unicode ("Bi�n b�n.md"). Listed with U+FFFD in place of its bytes,
/// it names no file that can be opened: in a content folder it was told as a broken link, which
/// no clerk made, and in `templates/` the picture or stylesheet was left out of the portal
/// without a word. An error asking to rename it.
enum UnreadableName {
    /// True when `path`, as listed, holds a name that is not UTF-8.
    static func isUnreadable(_ path: String) -> Bool {
        path.unicodeScalars.contains("\u{FFFD}")
    }

    /// The error's message.
    static let message =
        "tên tệp có chữ không đọc được (tên không phải Unicode, thường do giải nén tệp .zip tạo trên Windows bằng công cụ cũ): "
        + "hãy đổi tên tệp, chỉ dùng a-z, 0-9 và '-', hoặc giải nén lại bằng 7-Zip "
        + "/ the file name is not UTF-8 (a zip made on Windows, unpacked by an old tool): rename the file"
}
