import Foundation

/// One file of a site's own theme: its path inside `templates/` and its bytes.
struct ThemeFile: Sendable {
    var path: String
    var data: Data
}

/// Reads a site's own theme, the folder `templates/` that overrides the built-in one file by
/// file. A file reached through a link that leads out of the site is left out.
enum ThemeFiles {
    /// The files of `siteRoot/templates`; none when that folder does not exist.
    static func read(siteRoot: URL) -> [ThemeFile] {
        let folder = siteRoot.appending(path: "templates")
        let realRoot = siteRoot.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        return SiteReader.files(in: folder, recursive: true, within: siteRoot).compactMap { url in
            guard url.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(realRoot),
                  let data = FileManager.default.contents(atPath: url.path) else { return nil }
            return ThemeFile(path: SiteReader.relativePath(of: url, root: folder), data: data)
        }
    }
}
