/// Where a local address written in a Markdown body points. SPEC §1 writes a media path from
/// `content/` (`media/anh.jpg`), as front matter does; Markdown editors write it from the file
/// (`../media/anh.jpg` in `content/stories/x.md`). Both name `content/media/anh.jpg`, and both
/// are taken; a path whose `..` leads out of `content/` is not.
enum BodyAddress: Equatable {
    /// A file under `content/media/`: its path from `content/` (`media/anh.jpg`, percent
    /// escapes kept as written) and what followed it (`#page=3` or `?…`, or nothing; see
    /// `pathEnd(of:)`).
    case media(path: String, suffix: String)
    /// A file inside `content/` but not under `media/`, by its path from the site
    /// (`content/branches/ap-1.yaml`).
    case content(path: String)
    /// A path that `..` leads out of `content/`, into the site's folder or above it.
    case outsideContent

    /// Where `url`, written in the file at `file` (its path from the site, `content/stories/x.md`),
    /// points; nil for what is no relative path: an empty address, an anchor (`#…`), an absolute
    /// path, or an address with a scheme (`https:`, `file:`, `C:`).
    static func resolve(_ url: String, in file: String) -> BodyAddress? {
        guard let first = url.first, !"#/~\\".contains(first), !url.contains(":") else { return nil }
        let end = pathEnd(of: url)
        let path = url[..<end], suffix = String(url[end...])
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.first == "media", parts.count > 1, !parts.contains("..") {
            return .media(path: String(path), suffix: suffix)
        }
        var resolved = file.split(separator: "/").dropLast().map(String.init)
        for part in parts where part != "." && !part.isEmpty {
            if part != ".." {
                resolved.append(String(part))
            } else if resolved.popLast() == nil {
                return .outsideContent
            }
        }
        guard resolved.count > 1, resolved[0] == "content" else { return .outsideContent }
        if resolved[1] == "media", resolved.count > 2, parts.last?.isEmpty == false {
            return .media(path: resolved.dropFirst().joined(separator: "/"), suffix: suffix)
        }
        return .content(path: resolved.joined(separator: "/"))
    }

    /// Where the path of `url` ends: at the first `#` or `?` that follows a name with its
    /// extension (`media/bao-cao.pdf#page=3`, an anchor in the file). One before the name's
    /// extension is part of the name: `media/anh#1.jpg` names a photo so named by a clerk (an
    /// anchor in `media/anh` would name a file without extension, which media files are not);
    /// it is linked as `media/anh%231.jpg` (`FileNameSpelling`), as front matter's `image:` is.
    private static func pathEnd(of url: String) -> String.Index {
        var nameHasExtension = false
        for index in url.utf8.indices {
            switch url.utf8[index] {
            case UInt8(ascii: "/"): nameHasExtension = false
            case UInt8(ascii: "."): nameHasExtension = true
            case UInt8(ascii: "#"), UInt8(ascii: "?"): if nameHasExtension { return index }
            default: continue
            }
        }
        return url.endIndex
    }
}
