/// A file Notepad saved as `ap-2-2024-10.md.txt`: saved with "Save as type: Text Documents",
/// Notepad adds `.txt` to the name typed, and Windows Explorer, hiding known extensions, shows
/// the file as `ap-2-2024-10.md`. Told only to "change the extension to .md", the clerk sees it
/// already is; the advice names the whole name and the one to give.
enum NotepadName {
    /// The name meant (`ap-2-2024-10.md`) for a `FILE.EXT.txt` whose `EXT` the folder reads
    /// (`extensions`: `md`, `yaml`, …), or nil.
    static func meant(_ path: String, extensions: Set<String>) -> String? {
        let name = PathParts.name(of: path)
        guard name.lowercased().hasSuffix(".txt") else { return nil }
        let meant = String(name.dropLast(4))
        return extensions.contains(PathParts.lowercasedExtension(of: meant)) ? meant : nil
    }

    /// What to do: rename the file, and how to save it next time.
    static func advice(_ meant: String) -> String {
        "; tên đầy đủ của tệp có thêm đuôi .txt (Notepad thêm khi lưu, Windows ẩn đuôi nên chỉ thấy '\(meant)'): "
            + "hãy đổi tên thành '\(meant)' (trong File Explorer bật View > File name extensions để thấy đuôi), "
            + "và khi lưu trong Notepad chọn Save as type: All files (*.*)"
    }
}
