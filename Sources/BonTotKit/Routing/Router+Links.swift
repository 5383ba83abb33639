/// Relative links between outputs, so the portal works from a web server, at its root or under
/// a sub-path, and opened from disk (`file://`).
extension Router {
    /// The link written in the output of `from` that leads to `to`, both of this site.
    ///
    /// A link to a page ends in `index.html`, climbs to the root of the site and walks down
    /// (`../../chi-bo/b/index.html`; `index.html` from the home page to itself). A link to a
    /// file in the folder of `from` or below it walks down from there (`bang-xep-hang.csv`,
    /// `2024-09/ban-tin-2024-09.pdf`); any other file is reached from the root of the site.
    /// Links between the pages of one site never leave its folder, so a unit's pages are the
    /// same bytes inside a district portal as when it builds alone. A file's name that is no
    /// slug (a media file's) is percent-encoded (`FileNameSpelling.linked`).
    public func link(from: Route, to: Route) -> String {
        link(from: from, to: to, in: self)
    }

    /// The link written in the output of `from`, a route of this site, that leads to `to`, a
    /// route of the site of `other` (a unit's page to the district's home, or back). It climbs
    /// to the folder both sites share and walks down into the other one.
    public func link(from: Route, to: Route, in other: Router) -> String {
        if to.isPage, other.prefixFolders == prefixFolders {
            return other.link(fromRoot: root(from: from), toPage: to)
        }
        let here = prefixFolders + folders(inSite: from)
        // A file's own names may be a clerk's (`media/Ảnh đại hội.jpg`): written as a link spells them.
        let target = to.isPage ? other.names(to) : other.names(to).map(FileNameSpelling.linked)
        if !to.isPage, target.count > here.count, Array(target.prefix(here.count)) == here {
            return target.dropFirst(here.count).joined(separator: "/")
        }
        let shared = zip(prefixFolders, other.prefixFolders).prefix { $0 == $1 }.count
        let down = target.dropFirst(shared).map { $0 + "/" }.joined()
        let climb = String(repeating: "../", count: here.count - shared)
        return to.isPage ? climb + down + Route.pageFileName : climb + String(down.dropLast())
    }

    /// The link to the page `to` of this site from a page of a site with the same prefix whose
    /// way back to the root is `root` (`root(from:)`, which `Links` works out once per page).
    func link(fromRoot root: String, toPage to: Route) -> String {
        root + path(inSite: to) + Route.pageFileName
    }
}
