/// A branch named on a page: its name, and a link to its profile when the site knows it.
/// Used by the minutes, story and bulletin pages.
struct BranchMention: Encodable {
    var name: String
    /// The profile's href, or `""` when the branch is unknown (so a template never climbs to
    /// another `href` of the page).
    var href: String
    var linked: Bool

    /// The branch `id` as seen from a page whose links are `links`.
    init(id: String, site: Site, links: Links) {
        if let branch = site.branch(id: id) {
            name = branch.name
            href = links.branch(id)
            linked = true
        } else {
            name = id
            href = ""
            linked = false
        }
    }
}
