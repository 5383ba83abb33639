/// Media files and folders whose names Windows refuses or takes for another file's: offices copy
/// `output/` to a Windows shared folder, and Explorer leaves such a file behind (a name holding
/// `:` or `?`, ending in a dot, or a device's name such as `con.jpg`), or such a folder with every
/// file in it (`media/aux/`, `media/Hội nghị: 2024/`), or lets one file replace another
/// (`Anh.jpg` and `anh.jpg`, one name to Windows; `Ảnh.jpg` typed precomposed beside one typed
/// decomposed, one name in the portal). Made on Linux or a Mac, or taken from a phone,
/// they pass everywhere else; a warning on each file, or once on a folder, says what to rename.
enum WindowsFileNames {
    /// A warning for each of `paths` (from `content/`, `media/…`, sorted) that Windows would
    /// refuse (one for a folder, however many files it holds), and for each that differs from
    /// an earlier one only in case.
    static func check(_ paths: [String], sink: DiagnosticSink) {
        var refusedFolders: [String: Int] = [:]
        for path in paths {
            let names = path.split(separator: "/").map(String.init)
            guard let index = names.firstIndex(where: { WindowsNames.problem(of: $0) != nil }) else { continue }
            if index < names.count - 1 {
                refusedFolders[names[...index].joined(separator: "/"), default: 0] += 1
            } else {
                warn(path, name: names[index], sink: sink)
            }
        }
        for (folder, count) in refusedFolders.sorted(by: { $0.key < $1.key }) {
            warn(folder, name: folder.split(separator: "/").last.map(String.init) ?? folder, files: count, sink: sink)
        }
        for clash in WindowsNames.caseClashes(paths) {
            // Two spellings of the same letters (`ả` precomposed, `a` and its marks) are published
            // as one name (`FileNameSpelling`): the one copied last takes the other's place anywhere.
            if Array(clash.path.lowercased().utf8) != Array(clash.earlier.lowercased().utf8) {
                sink.warning(SourceLocation(file: "content/" + clash.path),
                             "tên tệp giống 'content/\(clash.earlier)' nhưng gõ dấu kiểu khác (Unicode tổ hợp / dựng sẵn): cổng "
                             + "ghi hai tệp vào cùng một tên, tệp chép sau thay mất tệp kia; hãy đổi tên một tệp / the same name "
                             + "as 'content/\(clash.earlier)' spelt with other Unicode marks: published as one file")
                continue
            }
            sink.warning(SourceLocation(file: "content/" + clash.path),
                         "tên tệp chỉ khác 'content/\(clash.earlier)' ở chữ hoa, chữ thường: Windows coi là một tệp, khi chép "
                         + "tệp này thay mất tệp kia; hãy đổi tên một tệp / differs from 'content/\(clash.earlier)' only in case, "
                         + "one file to Windows")
        }
    }

    /// The warning for the file at `path` whose `name` Windows refuses, or for the folder at
    /// `path` so named, holding `files` files.
    private static func warn(_ path: String, name: String, files: Int? = nil, sink: DiagnosticSink) {
        guard let problem = WindowsNames.problem(of: name) else { return }
        let suggestion = WindowsNames.suggestion(for: name, isFolder: files != nil)
        if let files {
            sink.warning(SourceLocation(file: "content/" + path, line: 0),
                         "tên thư mục '\(name)' \(problem.vi), Windows không chép được thư mục này và \(VietnameseFormat.number(files)) tệp trong đó vào "
                         + "thư mục dùng chung; hãy đổi tên, ví dụ '\(suggestion)', và sửa các đường dẫn tới các tệp đó / Windows "
                         + "refuses the folder's name: \(problem.en); \(files == 1 ? "its file" : "its \(files) files") would be left behind")
        } else {
            sink.warning(SourceLocation(file: "content/" + path),
                         "tên '\(name)' \(problem.vi), Windows không chép được tệp này vào thư mục dùng chung; "
                         + "hãy đổi tên, ví dụ '\(suggestion)' / Windows refuses the name: \(problem.en)")
        }
    }
}
