/// A branch or unit merged into the one whose page lists it: its name, a link to its pages and
/// the day of the merger.
struct MergedPredecessor: Encodable {
    var name: String
    var href: String
    /// "ngày 01 tháng 7 năm 2026".
    var since: String

    /// The units the district lists as merged into `context`'s unit, each linked from the page at
    /// `route` through the router (SPEC §7); none for a site outside a district.
    static func units(_ context: PortalContext, route: Route) -> [MergedPredecessor] {
        guard let merged = context.upLink?.merged, !merged.isEmpty else { return [] }
        let links = context.links(from: route)
        return merged.map { unit in
            MergedPredecessor(name: unit.name, href: links.router.link(from: route, to: .home, in: unit.router),
                              since: VietnameseFormat.longDate(unit.since))
        }
    }
}
