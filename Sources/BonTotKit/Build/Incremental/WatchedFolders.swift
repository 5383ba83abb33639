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
        /// The part of a site the folder lies in, whose rule says which of its files no build
        /// reads (`.content` for the site's own folder, where `siteEntries` decide).
        var place: PassedOverName.Place = .content

        /// True when a change of the entry `name` of this folder (a folder itself when
        /// `isFolder`) can change no build: in a site's folder, any entry but `siteEntries`;
        /// elsewhere a hidden entry (Emacs's `.#x.md`), or a file the folder's part of the site
        /// passes over (`PassedOverName`: Word's `~$bien-ban.docx`, `x.md~`, `x.swp`, the theme's
        /// `x.swift`). A folder named like such a file (`cu~/`) is walked, so it is not passed over.
        public func passesOver(_ name: String, isFolder: Bool) -> Bool {
            if isSiteRoot { return !WatchedFolders.siteEntries.contains(name) }
            let name = Substring(name)
            return isFolder ? PassedOverName.isHidden(name) : PassedOverName.isPassedOver(file: name, in: place)
        }
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
            PortalFiles.walk(site, statingFiles: false, enter: { folder in
                folders.append(Folder(path: base + "/" + folder, isSiteRoot: false,
                                      place: PassedOverName.Place(sitePath: folder)))
            }, visit: { _, _ in })
        }
    }
}
