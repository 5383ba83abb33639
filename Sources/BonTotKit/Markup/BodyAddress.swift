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

    /// Where the path of `url` ends: after the last piece of the name, between `#` or `?`, that
    /// ends in an extension (`media/bao-cao.pdf#page=3`: the anchor `#page=3` in the file). A `#`
    /// before the name's extension is part of the name, however many dots and `#` it holds:
    /// `media/anh#1.jpg` and `media/anh.goc#1#2.jpg` name photos so named by a clerk (an anchor
    /// in `media/anh` or `media/anh.goc` would name a file without its extension, which media
    /// files are not); each is linked as `media/anh%231.jpg` (`FileNameSpelling`), as front
    /// matter's `image:` is. A piece holding `=` is an anchor's parameter (`#search=bao.cao`),
    /// and an extension holds a letter (`#muc-1.2` is an anchor), so neither continues a name.
    /// A name with no extension at all keeps its `#` (`media/anh#1`), but an empty one is a
    /// folder's address with its anchor (`../sinh-hoat/x/#phan-2`).
    private static func pathEnd(of url: String) -> String.Index {
        var segmentStart = url.startIndex
        while segmentStart < url.endIndex {
            let segmentEnd = url[segmentStart...].firstIndex(of: "/") ?? url.endIndex
            if let end = nameEnd(in: url[segmentStart..<segmentEnd]) { return end }
            segmentStart = segmentEnd < url.endIndex ? url.index(after: segmentEnd) : segmentEnd
        }
        return url.endIndex
    }

    /// Where the name `segment` (between two `/`) ends when a `#` or `?` in it starts an anchor
    /// or a query (see `pathEnd(of:)`); nil when the whole of it is the name.
    private static func nameEnd(in segment: Substring) -> String.Index? {
        let marks = segment.indices.filter { segment[$0] == "#" || segment[$0] == "?" }
        guard let first = marks.first else { return nil }
        var named: String.Index?
        for (number, start) in ([segment.startIndex] + marks).enumerated() {
            let end = number < marks.count ? marks[number] : segment.endIndex
            let piece = segment[start..<end].drop { $0 == "#" || $0 == "?" }
            if number > 0, piece.contains("=") { break }
            if endsInExtension(piece) { named = end }
        }
        if let named { return named < segment.endIndex ? named : nil }
        return first == segment.startIndex ? first : nil
    }

    /// True when `name` ends in a dot and an extension holding a letter (`.jpg`, `.mp4`).
    private static func endsInExtension(_ name: Substring) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        let extensionPart = name[name.index(after: dot)...]
        return extensionPart.contains(where: \.isLetter) && extensionPart.allSatisfy { $0.isLetter || $0.isNumber }
    }
}
