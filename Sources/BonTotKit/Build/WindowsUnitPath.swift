/// A unit's path copied whole from a Windows computer's Explorer: a drive (`C:\Users\Lan\Desktop\xa-c`)
/// or a shared folder (`\\may-chu\du-lieu\xa-c`). The build machine, the office's Linux server,
/// reads neither: the clerk is told so, and what to write instead, not only that the folder
/// does not exist (it does, on their computer).
enum WindowsUnitPath {
    /// The reason the folder is out of reach, Vietnamese and English, or nil for a path of this machine.
    static func reason(for reference: UnitReference) -> (vi: String, en: String)? {
        let letters = Array(reference.path.unicodeScalars.prefix(3))
        if letters.count == 3, letters[0].isASCII, letters[0].properties.isAlphabetic, letters[1] == ":", letters[2] == "/" {
            let drive = String(letters[0]).uppercased() + ":"
            return ("đây là đường dẫn trên ổ \(drive) của một máy Windows", "a path on drive \(drive) of a Windows computer")
        }
        if reference.typedPath?.hasPrefix(#"\\"#) == true {
            return ("đây là thư mục chia sẻ trên mạng của Windows", "a Windows network share")
        }
        return nil
    }

    /// "; đây là đường dẫn trên ổ C: của một máy Windows, máy dựng trang không đọc được: …", with
    /// its English twin, or nil for a path of this machine.
    static func advice(for reference: UnitReference) -> (vi: String, en: String)? {
        guard let reason = reason(for: reference) else { return nil }
        let name = reference.folderName
        return ("; \(reason.vi), máy dựng trang không đọc được: hãy chép thư mục '\(name)' vào cạnh site.yaml này "
                + "và ghi đường dẫn tính từ đây, ví dụ 'path: \(name)'",
                " (\(reason.en), which the build machine cannot read: copy the folder '\(name)' beside this site.yaml "
                + "and write its path from here, e.g. 'path: \(name)')")
    }
}
