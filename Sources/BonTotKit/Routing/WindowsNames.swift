/// The names Windows refuses for a file or folder, whatever the file system they were made on:
/// offices copy `output/` to a Windows shared folder, and Explorer leaves such a file or folder
/// (and everything in it) behind. Told of media files as they are read (`WindowsFileNames`) and of
/// every value the router makes a folder of (`RouteCheck.windowsDevice`).
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
}
