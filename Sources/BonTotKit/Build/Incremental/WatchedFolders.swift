import Foundation

/// The folders whose changes can change a build of a portal: the folder of the portal and of
/// each of its units, where only `site.yaml`, `content` and `templates` matter, and every
/// folder under their `content/` and `templates/` that is not hidden, where every file does but
/// what no build reads (`PassedOverName`: an autosave, a lock file, the theme's Swift source).
/// What the preview server asks the system to tell it about, instead of looking at every file
/// in turn.
public struct WatchedFolders: Equatable, Sendable {
    /// One watched folder, by absolute path.
    public struct Folder: Hashable, Sendable {
        public var path: String
        /// True for the folder of a site (the portal or a unit): of its entries, only those
        /// named in `siteEntries` matter (not `output/`, nor the build's cache).
        public var isSiteRoot: Bool
    }

    /// The entries of a site's folder that a build reads.
    public static let siteEntries: Set<String> = ["site.yaml", "content", "templates"]

    public private(set) var folders: [Folder] = []

    /// The folders of the portal at `root` as they are now: units are found in each
    /// `site.yaml` as it is now.
    public init(root: URL) {
        for site in PortalFiles.siteFolders(of: root) {
            let base = site.standardizedFileURL.path
            folders.append(Folder(path: base, isSiteRoot: true))
            PortalFiles.walk(site, statingFiles: false, enter: { folders.append(Folder(path: base + "/" + $0, isSiteRoot: false)) },
                             visit: { _, _ in })
        }
    }
}
