/// The parts of a file's path (`content/minutes/2025/kdc-1-2025-01.md`), found by scanning its
/// UTF-8 bytes: reading tens of thousands of paths needs neither a `URL` for each nor a walk of
/// their characters.
enum PathParts {
    /// The last component: `kdc-1-2025-01.md`.
    static func name(of path: String) -> Substring {
        guard let slash = lastOffset(of: "/", in: path[...]) else { return path[...] }
        return Substring(path.utf8.dropFirst(slash + 1))
    }

    /// The folder, without its last slash (all of `path` when it has none): `content/minutes/2025`.
    static func folder(of path: String) -> String {
        guard let slash = lastOffset(of: "/", in: path[...]) else { return path }
        return String(Substring(path.utf8.prefix(slash)))
    }

    /// The last component's extension, lowercased: `md` ("" for none, or for a name that only
    /// starts with a dot).
    static func lowercasedExtension(of path: String) -> String {
        let name = name(of: path)
        guard let dot = lastOffset(of: ".", in: name), dot != 0 else { return "" }
        return String(Substring(name.utf8.dropFirst(dot + 1))).lowercased()
    }

    /// The last component without its extension: `kdc-1-2025-01` (the whole name when it has
    /// no extension, as `.hidden` and `name.` have none).
    static func stem(of path: String) -> String {
        let name = name(of: path)
        guard let dot = lastOffset(of: ".", in: name), dot != 0, dot + 1 < name.utf8.count else { return String(name) }
        return String(Substring(name.utf8.prefix(dot)))
    }

    /// The folders and name `relative` leads to (`../a/./b` from `["content", "stories"]` is
    /// `["content", "a", "b"]`): each `..` climbs out of one folder, `.` and empty parts are
    /// skipped; nil when it climbs above the first of `base`.
    static func resolve(_ relative: Substring, from base: [String]) -> [String]? {
        var parts = base
        for part in relative.split(separator: "/", omittingEmptySubsequences: false) where part != "." && !part.isEmpty {
            if part != ".." {
                parts.append(String(part))
            } else if parts.popLast() == nil {
                return nil
            }
        }
        return parts
    }

    /// The offset in UTF-8 bytes of the last `byte` of `text`.
    static func lastOffset(of byte: Unicode.Scalar, in text: Substring) -> Int? {
        let wanted = UInt8(ascii: byte)
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in bytes.lastIndex(of: wanted) }) { return found }
        return Array(text.utf8).lastIndex(of: wanted)
    }
}
