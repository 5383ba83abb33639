/// A site's own theme files named as Windows keeps for a device (`templates/con.css`,
/// `templates/aux.png`, a folder `templates/nul/`): copied to the portal's assets, they are
/// written on Linux or a Mac and the build succeeds, but Explorer cannot copy them to the
/// office's shared folder, and the pages lose their stylesheet or picture. An error naming the
/// file or folder, as for every other name the portal makes a file or folder of
/// (`RouteCheck.windowsDevice`), reported with the templates' other problems.
extension Theme {
    /// An error for each file or folder of the theme's assets whose name is a device's, the
    /// folder once for all the files in it.
    func reportDeviceNames(sink: DiagnosticSink) {
        var reported: Set<String> = []
        for path in assets.keys.sorted() {
            let names = path.split(separator: "/").map(String.init)
            guard let index = names.firstIndex(where: { WindowsNames.device($0) != nil }) else { continue }
            let place = names[...index].joined(separator: "/")
            guard reported.insert(place).inserted else { continue }
            let name = names[index], device = WindowsNames.device(name) ?? name
            let isFolder = index < names.count - 1
            let (what, whatEn) = isFolder ? ("thư mục", "folder") : ("tệp", "file")
            sink.error(SourceLocation(file: "templates/" + place, line: 0),
                       "tên \(what) '\(name)' là tên thiết bị mà Windows dành riêng (\(device)): \(what) này của giao diện sẽ không "
                       + "chép được vào thư mục dùng chung của Windows, các trang mất nó; hãy đổi tên \(what) (và tên ghi trong các "
                       + "mẫu), không dùng CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9 / the \(whatEn) '\(name)' of the theme has a "
                       + "device's name Windows refuses (\(device)): it could not be copied to a Windows share; rename it "
                       + "(and where the templates name it)")
        }
    }
}
