import Foundation

/// A site loaded together with the units it lists, each a whole site in turn (SPEC §7): what a
/// build renders, the site at the root of the output and every unit in `don-vi/<unit>/`.
public struct LoadedPortal: Sendable {
    /// The site itself; its diagnostics name its files as they lie inside its own folder.
    public var loaded: LoadedSite
    /// Where the site's outputs lie in the portal.
    public var router: Router
    /// The site's folder as diagnostics name it from the top site: `""`, `../hoa-thuan/`.
    public var displayFolder: String
    /// The units, in the order `site.yaml` lists them.
    public var units: [LoadedUnit]
    /// The rules over the units, for a site that lists units.
    public var district: DistrictAnalysis?
    /// The district's unit rubric and unit evaluations read (path → hash).
    public var districtInputs: [String: UInt64] = [:]
    /// Every diagnostic of the site, its units and their rankings, files named from the top site.
    public var diagnostics: DiagnosticLog

    /// The site and analysis, when it loaded without errors.
    public var site: Site? { loaded.site }

    /// "14 chi bộ, 5 kỳ đánh giá, …; 0 lỗi, 2 cảnh báo" for a site alone; for a district, "3 đơn
    /// vị, 22 chi bộ, 129 biên bản, 8 bài viết; …" over the district and all its units.
    public var summary: String {
        let units = allUnits
        guard site != nil, !units.isEmpty else {
            return LoadedSite(site: site, diagnostics: diagnostics).summary
        }
        let sites = ([loaded] + units.map(\.portal.loaded)).compactMap(\.site)
        let total = { (count: (Site) -> Int) in sites.reduce(0) { $0 + count($1) } }
        return "\(units.count) đơn vị, \(total { $0.branches.count }) chi bộ, \(total { $0.minutes.count }) biên bản, "
            + "\(total { $0.stories.count }) bài viết; \(diagnostics.errorCount) lỗi, \(diagnostics.warningCount) cảnh báo"
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
