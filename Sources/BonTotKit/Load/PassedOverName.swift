/// The one rule of which entries of a site's `content/` and `templates/` no build reads, by
/// name: a hidden entry (`.DS_Store`, `.git/`, Vim's `.FILE.swp`), file or folder, is never
/// listed; a file no clerk put there (`UnreadFile.isNotPutThereOnPurpose`: an editor's autosave,
/// backup or swap file, Office's `~$…` lock file, `Thumbs.db`) is passed over in silence; and the
/// theme also passes over Swift source (the built-in folder holds `BonTotTheme.swift`, which
/// makes it a module of the package). The load (`SiteReader`, `ThemeFiles`), the theme
/// (`Theme`), the preview server's look at every file (`PortalFiles`) and the folders it is told
/// about (`WatchedFolders.Folder.passesOver`) all ask here, so saving a file that no build reads
/// rebuilds nothing.
enum PassedOverName {
    /// The part of a site a file lies in, whose files are passed over alike.
    enum Place: Sendable {
        /// `content/`, however deep (minutes, stories, media…).
        case content
        /// `templates/`, the site's own theme.
        case theme

        /// The part of a site that the entry at `path` inside it (file or folder) lies in:
        /// `.theme` for `templates` and all below it, `.content` for the rest, `templates-old.md`
        /// and `templatesX/` at the top of the site among them. The one test of it, for the
        /// files of a walk (`isPassedOver(sitePath:)`) and its folders (`WatchedFolders`) alike.
        init(sitePath path: String) {
            self = path == "templates" || path.hasPrefix("templates/") ? .theme : .content
        }
    }

    /// True for an entry named `name`, file or folder, that no folder of a site lists: a hidden one.
    static func isHidden(_ name: Substring) -> Bool {
        name.utf8.first == UInt8(ascii: ".")
    }

    /// True for a file named `name` in `place` that no build reads.
    static func isPassedOver(file name: Substring, in place: Place) -> Bool {
        isHidden(name) || UnreadFile.isNotPutThereOnPurpose(name) || (place == .theme && name.hasSuffix(".swift"))
    }

    /// True for the file at `path` inside a site (`templates/partials/x.swift`,
    /// `content/minutes/2024/ap-1-2024-09.md~`) that no build reads: under `templates/` by the
    /// theme's rule, elsewhere by the content folders'. Its folders are not looked at: the walk
    /// that found it entered no hidden one.
    static func isPassedOver(sitePath path: String) -> Bool {
        isPassedOver(file: PathParts.name(of: path), in: Place(sitePath: path))
    }

    /// True for the file at `path` inside a theme (`partials/x.swift`, `.cache/style.css`) that
    /// the theme does not take: one in a hidden folder, or one the theme's rule passes over.
    static func isPassedOver(themePath path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false).dropLast().contains(where: isHidden)
            || isPassedOver(file: PathParts.name(of: path), in: .theme)
    }
}
