/// What became of a unit (đảng bộ cơ sở) that no longer exists, as the district lists it
/// (`dissolved:`, `merged_into:` on its `units:` entry): its own pages, inside the district's
/// portal, tell a reader who lands on them that the commune is no more (`EndingNotice.ofUnit`).
public struct UnitEnding: Sendable, Hashable {
    /// The day the unit ceased to exist.
    public var dissolved: CalendarDate
    /// The unit it was merged into, with where its pages lie; nil for a unit dissolved.
    public var successor: Successor?

    /// A unit another was merged into: its name and its pages.
    public struct Successor: Sendable, Hashable {
        public var name: String
        public var router: Router
    }

    /// What the pages' fingerprints take of it: the day and the successor's name and folder.
    var key: String {
        "\(dissolved)|\(successor?.name ?? "")|\(successor?.router.prefix ?? "")"
    }
}

extension DistrictAnalysis {
    /// What became of the unit `id`, when its entry says it was dissolved or merged;
    /// `router` gives where a unit's pages lie in the portal, by id.
    public func ending(ofUnit id: String, router: (String) -> Router?) -> UnitEnding? {
        guard let reference = references[id], let day = reference.dissolved else { return nil }
        let successor = reference.mergedInto.flatMap { next in
            units.first { $0.id == next }.flatMap { unit in router(next).map { UnitEnding.Successor(name: unit.name, router: $0) } }
        }
        return UnitEnding(dissolved: day, successor: successor)
    }
}
