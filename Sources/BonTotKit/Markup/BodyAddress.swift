/// Where a local address written in a Markdown body points. SPEC §1 writes a media path from
/// `content/` (`media/anh.jpg`), as front matter does; Markdown editors write it from the file
/// (`../media/anh.jpg` in `content/stories/x.md`). Both name `content/media/anh.jpg`, and both
/// are taken, as are both ways of writing the file of another page (`minutes/2024/a.md`,
/// `../minutes/2024/a.md`); a path whose `..` leads out of `content/` is not.
enum BodyAddress: Equatable {
    /// A file under `content/media/`: its path from `content/` (`media/anh.jpg`, percent
    /// escapes kept as written) and what followed it (`#page=3` or `?…`, or nothing; see
    /// `resolve(_:in:media:)`).
    case media(path: String, suffix: String)
    /// A file inside `content/` but not under `media/`, by its path from the site
    /// (`content/branches/ap-1.yaml`, percent escapes kept as written), and what followed it.
    case content(path: String, suffix: String)
    /// A path that `..` leads out of `content/`, into the site's folder or above it.
    case outsideContent

    /// Where `url`, written in the file at `file` (its path from the site, `content/stories/x.md`),
    /// points, read against the site's media files `media` (their paths from `content/`,
    /// `media/bao-cao.pdf`); nil for what is no relative path: an empty address, an anchor
    /// (`#…`), an absolute path, or an address with a scheme (`https:`, `file:`, `C:`).
    ///
    /// A `#` or `?` may end a file's name or belong to it: `media/bao-cao.pdf#chuong.hai` is the
    /// report with the anchor `chuong.hai`, `media/anh.goc#1.jpg` the photo a clerk so named.
    /// Each way of reading it (`PathReadings`) is tried against the files, the longest first:
    /// the one that names a file of `media` is taken. When none does, the usual reading is
    /// (`PathReadings.usual`), so that the message for a missing file names the file the clerk
    /// most likely meant.
    static func resolve(_ url: String, in file: String, media: Set<String>) -> BodyAddress? {
        guard isRelativePath(url) else { return nil }
        let readings = PathReadings(of: url)
        if readings.dependOnFiles {
            for end in readings.ends.reversed() {
                let address = address(url, endingAt: end, in: file)
                if let name = address.mediaFile, media.contains(name) { return address }
            }
        }
        return address(url, endingAt: readings.usual, in: file)
    }

    /// The media file it names, by its name from `content/` with the escapes written in the
    /// address undone (`media/anh.goc%231.jpg` names `media/anh.goc#1.jpg`), as `content/media/`
    /// holds it; nil when it names no media file.
    var mediaFile: String? {
        guard case .media(let path, _) = self else { return nil }
        return path.removingPercentEncoding ?? path
    }

    /// The content file it names that a page may be made from (`PageSources`), by its path from
    /// the site with the escapes written in the address undone (`content/minutes/2024/a.md`):
    /// a body may link another page of the site by the file it is made from, as an editor links
    /// Markdown files; nil for any other address.
    var pageFile: String? {
        guard case .content(let path, _) = self else { return nil }
        let file = path.removingPercentEncoding ?? path
        return PageSources.mayBePageSource(file) ? file : nil
    }

    /// True when where `url` points on which media files the site holds: its path has
    /// more than one reading (`PathReadings`). What is made of such an address is made again
    /// when media files come or go.
    static func dependsOnMediaFiles(_ url: String) -> Bool {
        isRelativePath(url) && PathReadings(of: url).dependOnFiles
    }

    /// True when the media file at `path` (from `content/`, its letters as named) holds a `#` or
    /// `?` after a name ending in an extension (`media/bao-cao.pdf#chuong.hai`, `media/anh.goc#1.jpg`):
    /// an address naming it may also be read as another file with an anchor, and whether it is
    /// there tells which (`resolve(_:in:media:)`). Names such as `media/Ảnh #1.jpg` are read one
    /// way only.
    static func mayBeReadAsAnAnchor(_ path: String) -> Bool {
        PathReadings(of: path).ends.count > 1
    }

    /// False for an empty address, an anchor, an absolute path, or one with a scheme.
    private static func isRelativePath(_ url: String) -> Bool {
        guard let first = url.first else { return false }
        return !"#/~\\".contains(first) && !url.contains(":")
    }

    /// Where `url` points when its path ends at `end`, what follows being an anchor or a query.
    private static func address(_ url: String, endingAt end: String.Index, in file: String) -> BodyAddress {
        let path = url[..<end], suffix = String(url[end...])
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.first == "media", parts.count > 1, !parts.contains("..") {
            return .media(path: String(path), suffix: suffix)
        }
        // `minutes/2024/a.md`: a page's file written from `content/`, as a media path is.
        if let first = parts.first, PageSources.folders.contains(String(first)), parts.count > 1, !parts.contains("..") {
            return .content(path: "content/" + path, suffix: suffix)
        }
        guard let resolved = PathParts.resolve(path, from: file.split(separator: "/").dropLast().map(String.init)),
              resolved.count > 1, resolved[0] == "content" else { return .outsideContent }
        if resolved[1] == "media", resolved.count > 2, parts.last?.isEmpty == false {
            return .media(path: resolved.dropFirst().joined(separator: "/"), suffix: suffix)
        }
        return .content(path: resolved.joined(separator: "/"), suffix: suffix)
    }
}
