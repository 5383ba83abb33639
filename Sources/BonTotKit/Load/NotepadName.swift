import Foundation

/// A file Notepad saved as `ap-2-2024-10.md.txt`: saved with "Save as type: Text Documents",
/// Notepad adds `.txt` to the name typed, and Windows Explorer, hiding known extensions, shows
/// the file as `ap-2-2024-10.md`. Told only to "change the extension to .md", the clerk sees it
/// already is; the advice names the whole name and the one to give. When a file of that name is
/// already beside it (the clerk opened `ap-2-2024-10.md` and saved the edit as a new file),
/// Explorer shows two files of one name and a rename is refused: the advice says which one the
/// portal shows and which to keep.
enum NotepadName {
    /// The file of the meant name beside a `FILE.EXT.txt`.
    enum Twin: Sendable {
        /// None: the `.txt` is to be renamed.
        case none
        /// One with the same bytes: the `.txt` is a spare copy.
        case sameText
        /// One with other bytes, the one the portal shows: the `.txt` may be the newer edit.
        case otherText
    }

    /// The name meant (`ap-2-2024-10.md`) for a `FILE.EXT.txt` whose `EXT` the folder reads
    /// (`extensions`: `md`, `yaml`, …), or nil.
    static func meant(_ path: String, extensions: Set<String>) -> String? {
        let name = PathParts.name(of: path)
        guard name.lowercased().hasSuffix(".txt") else { return nil }
        let meant = String(name.dropLast(4))
        return extensions.contains(PathParts.lowercasedExtension(of: meant)) ? meant : nil
    }

    /// What lies beside the file at `path` (absolute) under the name it was meant to have.
    static func twin(of path: String) -> Twin {
        let meant = String(path.dropLast(4))
        guard FileManager.default.fileExists(atPath: meant) else { return .none }
        let same = FileManager.default.contentsEqual(atPath: path, andPath: meant)
        return same ? .sameText : .otherText
    }

    /// What to do: rename the file, and how to save it next time; with a `twin` of the meant
    /// name, which file to keep.
    static func advice(_ meant: String, twin: Twin = .none) -> String {
        let hidden = "tên đầy đủ của tệp có thêm đuôi .txt (Notepad thêm khi lưu, Windows ẩn đuôi nên chỉ thấy '\(meant)')"
        let shown = "trong File Explorer bật View > File name extensions để thấy đuôi"
        let saving = "khi lưu trong Notepad chọn Save as type: All files (*.*)"
        switch twin {
        case .none:
            return "; \(hidden): hãy đổi tên thành '\(meant)' (\(shown)), và \(saving)"
        case .sameText:
            return "; \(hidden), và bên cạnh đã có tệp '\(meant)' cùng nội dung (hai tệp hiện cùng một tên): "
                + "hãy xoá tệp .txt này (\(shown)), và \(saving)"
        case .otherText:
            return "; \(hidden), và bên cạnh đã có tệp '\(meant)' khác nội dung, là tệp trang web dùng (hai tệp hiện cùng một tên): "
                + "nếu tệp .txt này là bản sửa mới, hãy xoá '\(meant)' rồi đổi tên tệp này thành '\(meant)', nếu không thì xoá tệp này "
                + "(\(shown)), và \(saving)"
        }
    }
}
