/// Media files whose names Windows refuses or takes for another file's: offices copy `output/`
/// to a Windows shared folder, and Explorer leaves such a file behind (a name holding `:` or
/// `?`, ending in a dot, or a device's name such as `con.jpg`) or lets one file replace another
/// (`Anh.jpg` and `anh.jpg`, one name to Windows). Made on Linux or a Mac, or taken from a phone,
/// they pass everywhere else; a warning on each says what to rename.
enum WindowsFileNames {
    /// A warning for each of `paths` (from `content/`, `media/…`, sorted) that Windows would
    /// refuse, and for each that differs from an earlier one only in case.
    static func check(_ paths: [String], sink: DiagnosticSink) {
        var seen: [String: String] = [:]
        for path in paths {
            let location = SourceLocation(file: "content/" + path)
            for name in path.split(separator: "/").map(String.init) {
                if let problem = problem(of: name) {
                    sink.warning(location, "tên '\(name)' \(problem.vi), Windows không chép được tệp này vào thư mục dùng chung; "
                                 + "hãy đổi tên, ví dụ '\(suggestion(for: name))' / Windows refuses the name: \(problem.en)")
                    break
                }
            }
            let folded = path.lowercased()
            if let first = seen[folded] {
                sink.warning(location, "tên tệp chỉ khác 'content/\(first)' ở chữ hoa, chữ thường: Windows coi là một tệp, khi chép "
                             + "tệp này thay mất tệp kia; hãy đổi tên một tệp / differs from 'content/\(first)' only in case, "
                             + "one file to Windows")
            } else {
                seen[folded] = path
            }
        }
    }

    /// What Windows refuses in `name`, in Vietnamese and English, or nil.
    private static func problem(of name: String) -> (vi: String, en: String)? {
        if let character = name.first(where: { WindowsNames.refused.contains($0) || $0.unicodeScalars.contains { $0.value < 0x20 } }) {
            let control = character.unicodeScalars.contains { $0.value < 0x20 }
            return control ? ("có ký tự điều khiển", "it holds a control character") : ("có '\(character)'", "it holds '\(character)'")
        }
        if name.hasSuffix(".") || name.hasSuffix(" ") {
            return ("kết thúc bằng dấu chấm hoặc dấu cách", "it ends in a dot or a space")
        }
        if let device = WindowsNames.device(name) {
            return ("là tên thiết bị mà Windows dành riêng (\(device))", "\(device) is a device's name")
        }
        return nil
    }

    /// A name to give the file instead of `name` (`Slug.fileName`), never a device's.
    private static func suggestion(for name: String) -> String {
        let renamed = Slug.fileName(name)
        return WindowsNames.device(renamed) != nil ? "tep-" + renamed : renamed
    }
}
