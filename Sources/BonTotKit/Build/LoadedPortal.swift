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

    /// "2 đơn vị; 14 chi bộ, …": the summary of the whole portal.
    public var summary: String {
        let total = diagnostics
        let counts = site.map { site in
            let units = self.allUnits.count
            let sites = [self.loaded] + allUnits.map(\.portal.loaded)
            let branches = sites.reduce(0) { $0 + ($1.site?.branches.count ?? 0) }
            let minutes = sites.reduce(0) { $0 + ($1.site?.minutes.count ?? 0) }
            let stories = sites.reduce(0) { $0 + ($1.site?.stories.count ?? 0) }
            let lead = units > 0 ? "\(units) đơn vị, " : ""
            return units > 0
                ? "\(lead)\(branches) chi bộ, \(minutes) biên bản, \(stories) bài viết"
                : "\(site.branches.count) chi bộ, \(site.evaluations.count) kỳ đánh giá, \(site.minutes.count) biên bản, \(site.stories.count) bài viết"
        } ?? "không đọc được trang"
        return "\(counts); \(total.errorCount) lỗi, \(total.warningCount) cảnh báo"
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
