/// A branch of a unit as its district's pages name it (SPEC §7, `<unit>/<branch>`): its name
/// and what became of it. Kept in the unit's listing (`UnitListing.branches`), so a district's
/// story about it shows it however the unit came: loaded, or taken from its snapshot.
public struct ListedBranch: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    /// The day the branch ceased to exist, when its file says so (`Branch.dissolved`).
    public var dissolved: CalendarDate?
    /// The branch of the same unit it was merged into: its id and its name.
    public var successor: Successor?

    /// A branch another was merged into, in the same unit.
    public struct Successor: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
    }

    /// The `branch` of the unit whose site is `site`.
    init(_ branch: Branch, site: Site) {
        id = branch.id
        name = branch.name
        dissolved = branch.dissolved
        successor = branch.mergedInto.flatMap { site.branch(id: $0) }.map { Successor(id: $0.id, name: $0.name) }
    }

    /// The hash of all a page shows of the branch, for the fingerprints of the district's pages
    /// naming it (`UnitBranchMention.input`).
    var digest: UInt64 {
        var hasher = StableHasher()
        for part in [id, name, dissolved?.description ?? "", successor?.id ?? "", successor?.name ?? ""] { hasher.combine(part) }
        return hasher.finalize()
    }
}
