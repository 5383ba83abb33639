/// What the pages about a whole district show of one unit below it (SPEC §7, extended): the
/// parts of the unit's search index, which the district's search page loads from the unit's own
/// folder (`don-vi/<unit>/tim-kiem/`), and the newest entries of the unit's feed. Made from the
/// unit's content when it is loaded, kept in its snapshot when it is not, so a district knows it
/// however the unit's output came: rendered, taken whole from the last build, or copied with
/// `--units-from`.
public struct UnitListing: Sendable, Codable, Equatable {
    /// The unit's organisation, as results and feed entries name it (`Đảng bộ xã Bình Minh`).
    public var name: String
    /// Where the unit's outputs lie in the portal.
    public var router: Router
    /// The parts of the unit's search index, in its own order.
    public var searchParts: [SearchIndex.PartName]
    /// The unit's newest feed entries, by route inside the unit.
    public var feed: [AtomFeed.Item]
    /// The unit's branches, dissolved ones too, in its own order: what the district's stories
    /// naming one (`<unit>/<branch>`) show of it.
    public var branches: [ListedBranch]
    /// The id of the unit of the listing site this unit lies in (its own id, or that of the
    /// unit above it): the reader searches in it as one. Set where the unit is listed.
    public var scopeID = ""
    /// The units between the listing site and this unit, nearest first (`Đảng bộ huyện Giồng
    /// Riềng` for a commune listed in a province); empty for a unit of the site itself. Set where
    /// the unit is listed, never kept in a snapshot.
    public var place: [String] = []

    /// The unit named by its way from the listing site, as its search results name it:
    /// `Đảng bộ xã Bình Minh · Đảng bộ huyện Giồng Riềng` two levels down, its name alone one
    /// level down.
    public var nameWithPlace: String {
        ([name] + place).joined(separator: " · ")
    }

    enum CodingKeys: String, CodingKey {
        case name, router, searchParts, feed, branches, scopeID
    }

    /// The listing of the unit whose site is `context`'s.
    public init(_ context: PortalContext) {
        name = context.site.config.organization
        router = context.router
        searchParts = SearchIndex.parts(context).map { SearchIndex.PartName(name: $0.name, scope: $0.scope) }
        feed = Array(AtomFeed.items(context).prefix(AtomFeed.maxMergedEntries))
        branches = context.site.branches.map { ListedBranch($0, site: context.site) }
    }
}
