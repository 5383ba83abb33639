import Foundation

/// A site loaded together with the units it lists, each a whole site in turn (SPEC §7): what a
/// build renders, the site at the root of the output and every unit in `don-vi/<unit>/`.
public struct LoadedPortal: Sendable {
    /// The site itself; its diagnostics name its files as they lie inside its own folder.
    public var loaded: LoadedSite
    /// The site's folder.
    public var root: URL
    /// Where the site's outputs lie in the portal.
    public var router: Router
    /// The site's folder as diagnostics name it from the top site: `""`, `../hoa-thuan/`.
    public var displayFolder: String
    /// The units, in the order `site.yaml` lists them.
    public var units: [LoadedUnit]
    /// The rules over the units, for a site that lists units.
    public var district: DistrictAnalysis?
    /// The district's unit scales (`unit-rubric.yaml`, `unit-rubrics/`) and unit evaluations read (path → hash).
    public var districtInputs: [String: UInt64] = [:]
    /// Every diagnostic of the site, its units and their rankings, files named from the top site.
    public var diagnostics: DiagnosticLog
    /// For a unit: what the district's search page and feed list of it, from its content or
    /// its snapshot; nil for the top site and for a unit that did not load.
    public var listing: UnitListing?
    /// For a unit that nothing changed in since the last build: what loading it gave then, taken
    /// instead of loading it (`loaded` then holds no site).
    var snapshot: UnitSnapshot?
    /// Where the site's decode cache lies (a unit's inside its district's `.bontot-cache/`).
    var cacheFolder: BuildCache?

    /// The site and analysis, when it loaded without errors.
    public var site: Site? { loaded.site }

    /// "14 chi bộ, 5 kỳ đánh giá, …; 0 lỗi, 2 cảnh báo" for a site alone; for a district, "3 đơn
    /// vị, 22 chi bộ, 129 biên bản, 8 bài viết; …" over the district and all its units.
    public var summary: String {
        "\(inventory); \(diagnostics.counts)"
    }

    /// What was read, without the count of problems.
    public var inventory: String {
        let units = allUnits
        guard site != nil, !units.isEmpty else {
            return LoadedSite(site: site, diagnostics: diagnostics).inventory
        }
        let counts = ([self] + units.map(\.portal)).map(\.counts)
        let branches = counts.reduce(0) { $0 + $1.branches }
        let minutes = counts.reduce(0) { $0 + $1.minutes }
        let stories = counts.reduce(0) { $0 + $1.stories }
        return "\(units.count) đơn vị, \(branches) chi bộ, \(minutes) biên bản, \(stories) bài viết"
    }

    /// The site's branches, minutes and stories, from its snapshot when it was not loaded; those
    /// that decoded when the site as a whole did not (a unit without `rubric.yaml`).
    private var counts: (branches: Int, minutes: Int, stories: Int) {
        if let snapshot { return (snapshot.branches, snapshot.minutes, snapshot.stories) }
        return (loaded.counts.branches, loaded.counts.minutes, loaded.counts.stories)
    }

    /// Every unit below this site, however deep, parents before their units.
    public var allUnits: [LoadedUnit] {
        units.flatMap { [$0] + $0.portal.allUnits }
    }

    /// The unit with this id among the units of this site, however deep.
    public func unit(_ id: String) -> LoadedUnit? {
        allUnits.first { $0.id == id }
    }
}

/// One unit of a district: its id and its own portal.
public struct LoadedUnit: Sendable {
    public var id: String
    public var portal: LoadedPortal
}
