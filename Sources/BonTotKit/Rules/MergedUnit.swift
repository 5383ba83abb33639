/// A unit (đảng bộ cơ sở) the district lists as merged into another (`merged_into:` on its
/// `units:` entry), as the page of the unit it went into lists it: its name, where its pages lie
/// and the day of the merger.
public struct MergedUnit: Sendable, Hashable {
    public var name: String
    public var router: Router
    /// The day of the merger (its `dissolved:`).
    public var since: CalendarDate

    /// What the pages' fingerprints take of it: the day and the unit's name and folder.
    var key: String { "\(since)|\(name)|\(router.prefix)" }
}

extension DistrictAnalysis {
    /// The units merged into the unit `id`, oldest merger first; `router` gives where a unit's
    /// pages lie in the portal, by id (a unit without pages is left out).
    public func mergedUnits(into id: String, router: (String) -> Router?) -> [MergedUnit] {
        units.compactMap { unit in
            guard let reference = references[unit.id], reference.mergedInto == id, let day = reference.dissolved,
                  let pages = router(unit.id) else { return nil }
            return MergedUnit(name: unit.name, router: pages, since: day)
        }
        .sorted { ($0.since, $0.name) < ($1.since, $1.name) }
    }
}
