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

    /// The branch of a unit that a district's story of `day` names (`UnitBranchMention`), as
    /// seen from a page whose links are `links`.
    init(_ unitBranch: UnitBranchMention, links: Links, day: CalendarDate) {
        name = unitBranch.name
        href = unitBranch.href(unitBranch.branch.id, links: links)
        linked = true
        endedMark = EndingNotice.mark(of: unitBranch.branch, day: day) { unitBranch.href($0, links: links) }
    }

    /// The branch `story` of `context`'s site names, its own or, in a district, a unit's
    /// (`<unit>/<branch>`), as seen from a page whose links are `links`; nil when it names none.
    static func of(_ story: Story, context: PortalContext, links: Links) -> BranchMention? {
        guard let id = story.branchID else { return nil }
        if let unitBranch = UnitBranchMention(id, context: context) { return BranchMention(unitBranch, links: links, day: story.date) }
        return BranchMention(id: id, site: context.site, links: links, day: story.date)
    }

    /// The name of the branch `story` of `context`'s site names, for a line of text (its own
    /// branch's, or a unit's with its unit); nil when it names none, or no branch it knows.
    static func name(of story: Story, context: PortalContext) -> String? {
        guard let id = story.branchID else { return nil }
        return UnitBranchMention(id, context: context)?.name ?? context.site.branch(id: id)?.name
    }
}
