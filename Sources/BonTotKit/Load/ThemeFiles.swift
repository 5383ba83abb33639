import Foundation

/// One file of a site's own theme: its path inside `templates/` and its bytes.
struct ThemeFile: Sendable {
    var path: String
    var data: Data
}

/// Reads a site's own theme, the folder `templates/` that overrides the built-in one file by
/// file. A file reached through a link that leads out of the site is left out, and so is what the
/// theme passes over (`PassedOverName`: Swift source, and what no clerk put there, an editor's
/// `style.css~`, `#layout.mustache#` or swap file, Office's `~$…`, `Thumbs.db`, as content
/// folders pass it over): it is neither a template nor an asset, so it is not published. A file
/// whose name is not UTF-8 is listed with no bytes, for the theme to report (`UnreadableName`).
enum ThemeFiles {
    /// The files of `siteRoot/templates`; none when that folder does not exist.
    static func read(siteRoot: URL) -> [ThemeFile] {
        let folder = siteRoot.appending(path: "templates")
        let realRoot = siteRoot.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        return SiteReader.files(in: folder, recursive: true, within: siteRoot).compactMap { url in
            let path = SiteReader.relativePath(of: url, root: folder)
            guard !PassedOverName.isPassedOver(file: Substring(url.lastPathComponent), in: .theme) else { return nil }
            // A name that is not UTF-8 cannot be opened by the name listed: kept, to be told.
            if UnreadableName.isUnreadable(path) { return ThemeFile(path: path, data: Data()) }
            guard
                  url.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(realRoot),
                  let data = FileManager.default.contents(atPath: url.path) else { return nil }
            return ThemeFile(path: path, data: data)
        }
    }
}
