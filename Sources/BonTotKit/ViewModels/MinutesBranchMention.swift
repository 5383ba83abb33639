/// A branch named on a page: its name, and a link to its profile when the site knows it.
/// Used by the minutes, story and bulletin pages. In a row of a day or a month after the
/// branch ended, what became of it follows the name (`EndingNotice.mark`).
struct BranchMention: Encodable {
    var name: String
    /// The profile's href, or `""` when the branch is unknown (so a template never climbs to
    /// another `href` of the page).
    var href: String
    var linked: Bool
    /// "(đã sáp nhập vào Chi bộ …)" when the row is of a time after the branch ended.
    var endedMark: EndingNotice?

    /// The branch `id` as seen from a page whose links are `links`, in a row of `day` or of
    /// `month` (neither: a mention that no time bounds, never marked).
    init(id: String, site: Site, links: Links, day: CalendarDate? = nil, month: YearMonth? = nil) {
        if let branch = site.branch(id: id) {
            name = branch.name
            href = links.branch(id)
            linked = true
            endedMark = EndingNotice.mark(of: branch, site: site, links: links, day: day, month: month)
        } else {
            name = id
            href = ""
            linked = false
        }
    }
}
