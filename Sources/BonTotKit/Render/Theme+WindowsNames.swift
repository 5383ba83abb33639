/// A site's own theme files named as Windows refuses (`templates/con.css`, `templates/logo:moi.png`,
/// `templates/anh./a.png`, a folder `templates/nul/`) or takes for another theme file's
/// (`templates/Logo.png` beside `templates/logo.png`, `templates/Style.css` beside the built-in
/// `style.css`): copied to the portal's assets, they are written on Linux or a Mac and the build
/// succeeds, but Explorer cannot copy them to the office's shared folder, or copies one over the
/// other, and the pages lose their stylesheet or picture. An error naming the file or folder, as
/// for every other name the portal makes a file or folder of (`RouteCheck.windowsDevice`),
/// reported with the templates' other problems.
extension Theme {
    /// An error for each file or folder of the theme's assets whose name Windows refuses, the
    /// folder once for all the files in it, and for each differing from another only in case.
    func reportWindowsNames(sink: DiagnosticSink) {
        var reported: Set<String> = []
        for path in assets.keys.sorted() {
            let names = path.split(separator: "/").map(String.init)
            guard let index = names.firstIndex(where: { WindowsNames.problem(of: $0) != nil }),
                  let problem = WindowsNames.problem(of: names[index]) else { continue }
            let place = names[...index].joined(separator: "/")
            guard reported.insert(place).inserted else { continue }
            let name = names[index], isFolder = index < names.count - 1
            let (what, whatEn) = isFolder ? ("thư mục", "folder") : ("tệp", "file")
            let devices = WindowsNames.device(name) != nil ? ", không dùng CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9" : ""
            sink.error(SourceLocation(file: "templates/" + place, line: 0),
                       "tên \(what) '\(name)' \(problem.vi): \(what) này của giao diện sẽ không chép được vào thư mục dùng chung "
                       + "của Windows, các trang mất nó; hãy đổi tên \(what) (và tên ghi trong các mẫu), ví dụ "
                       + "'\(WindowsNames.suggestion(for: name, isFolder: isFolder))'\(devices) / the \(whatEn) '\(name)' of the "
                       + "theme has a name Windows refuses: \(problem.en); it could not be copied to a Windows share; rename it "
                       + "(and where the templates name it)")
        }
        // A site's file clashing with a built-in one is the one told (the other it cannot rename).
        let builtIn = BuiltInTheme.theme.assets
        let builtInPaths = Set(assets.keys.filter { builtIn[$0] != nil && builtIn[$0] == assets[$0] })
        let isBuiltIn = { (path: String) in builtInPaths.contains(path) }
        let paths = assets.keys.sorted { (isBuiltIn($0) ? 0 : 1, $0) < (isBuiltIn($1) ? 0 : 1, $1) }
        for clash in WindowsNames.caseClashes(paths) {
            let other = isBuiltIn(clash.earlier) ? "'\(clash.earlier)' của giao diện có sẵn" : "'templates/\(clash.earlier)'"
            let otherEn = isBuiltIn(clash.earlier) ? "the built-in '\(clash.earlier)'" : "'templates/\(clash.earlier)'"
            sink.error(SourceLocation(file: "templates/" + clash.path, line: 0),
                       "tên tệp chỉ khác \(other) ở chữ hoa, chữ thường: Windows coi là một tệp, khi chép tệp này của giao diện "
                       + "thay mất tệp kia, các trang mất nó; hãy đổi tên tệp (và tên ghi trong các mẫu) / the theme's file "
                       + "differs from \(otherEn) only in case, one file to Windows; rename it (and where the templates name it)")
        }
    }
}
