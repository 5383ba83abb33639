/// The names Windows refuses for a file or folder, whatever the file system they were made on:
/// offices copy `output/` to a Windows shared folder, and Explorer leaves such a file or folder
/// (and everything in it) behind. Told of media files and folders as they are read
/// (`WindowsFileNames`), of a site's own theme files (`Theme.reportWindowsNames`) and of every
/// value the router makes a folder of (`RouteCheck.windowsDevice`).
enum WindowsNames {
    /// The characters Windows refuses in a file name (besides the control characters).
    static let refused: Set<Character> = ["\\", ":", "*", "?", "\"", "<", ">", "|"]

    /// The names Windows keeps for devices, whatever follows their first dot (`nul.txt`).
    static let devices: Set<String> = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// The device `name` is taken for, upper-cased as Windows names it (`CON` for `con.jpg` or
    /// `Con`), or nil when Windows takes it as a name.
    static func device(_ name: String) -> String? {
        let stem = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? name
        return devices.contains(stem.lowercased().trimmed()) ? stem.uppercased() : nil
    }

    /// What Windows refuses in the file or folder name `name` (one name, no `/`), in Vietnamese
    /// and English ("có ':'" / "it holds ':'"), or nil when Windows takes it.
    static func problem(of name: String) -> (vi: String, en: String)? {
        let isControl = { (character: Character) in character.unicodeScalars.contains { $0.value < 0x20 } }
        if let character = name.first(where: { refused.contains($0) || isControl($0) }) {
            return isControl(character) ? ("có ký tự điều khiển", "it holds a control character")
                : ("có '\(character)'", "it holds '\(character)'")
        }
        if name.hasSuffix(".") || name.hasSuffix(" ") {
            return ("kết thúc bằng dấu chấm hoặc dấu cách", "it ends in a dot or a space")
        }
        if let device = device(name) {
            return ("là tên thiết bị mà Windows dành riêng (\(device))", "\(device) is a device's name")
        }
        return nil
    }

    /// A name Windows takes to give a file (or, `isFolder`, a folder) instead of `name`
    /// (`Slug.fileName`; a folder's name folded whole, `Slug.fold`), never a device's.
    static func suggestion(for name: String, isFolder: Bool = false) -> String {
        // The dots and spaces Windows refuses at the end go first, so that 'Sơ đồ.svg.' keeps
        // its extension ('so-do.svg'), not 'so-do-svg', which no program would open.
        let kept = String(name.reversed().drop { $0 == "." || $0 == " " }.reversed())
        let renamed = isFolder ? Slug.fold(name) : Slug.fileName(kept.isEmpty ? name : kept)
        if renamed.isEmpty { return isFolder ? "thu-muc" : "tep" }
        return device(renamed) != nil ? (isFolder ? "thu-muc-" : "tep-") + renamed : renamed
    }

    /// The paths among `paths` (sorted, `/`-separated) that Windows takes for an earlier one,
    /// differing from it only in case (`Anh.jpg`, `anh.jpg`), each with that earlier path.
    static func caseClashes(_ paths: [String]) -> [(path: String, earlier: String)] {
        var seen: [String: String] = [:]
        var clashes: [(path: String, earlier: String)] = []
        for path in paths {
            let folded = path.lowercased()
            if let earlier = seen[folded] {
                clashes.append((path, earlier))
            } else {
                seen[folded] = path
            }
        }
        return clashes
    }
}
