/// The pages the site's bodies link by their content files (`PageLinks`): for each linked file,
/// the route of the page made from it, as the pages sections make them (a meeting's minutes,
/// a story, a branch's profile, a month's bulletin, a period's ranking, a district's period's
/// units' ranking).
enum LinkedPages {
    /// The route of the page made from each file of `files`, paths from the site; a file no
    /// page is made from is left out (the site's check refused a link to it), and so is a
    /// period's scores the site does not rank. `district`, the rules over a district's units,
    /// gives its units' scores (`content/unit-evaluations/…`) and the periods it ranks.
    static func routes(of files: Set<String>, site: Site, analysis: SiteAnalysis,
                       district: DistrictAnalysis? = nil) -> [String: Route] {
        guard !files.isEmpty else { return [:] }
        let ranked = Set(analysis.rankings.map(\.period))
        let unitsRanked = Set(district?.rankings.map(\.period) ?? [])
        var routes: [String: Route] = [:]
        for (file, route) in SourcePages.routes(minutes: site.minutes, stories: site.stories, branches: site.branches,
                                                editorials: site.editorials, evaluations: site.evaluations,
                                                unitEvaluations: district?.rankedEvaluations ?? [])
        where files.contains(file) {
            if case .ranking(let period) = route, !ranked.contains(period) { continue }
            if case .unitRanking(let period) = route, !unitsRanked.contains(period) { continue }
            routes[file] = route
        }
        return routes
    }

    /// For each linking file, the hash of the pages it links with their addresses in the site:
    /// what its own page depends on besides its bytes (`PageFingerprint`).
    static func fingerprints(of links: PageLinks, paths: [String: String]) -> [String: UInt64] {
        links.targets.mapValues { targets in
            var hasher = StableHasher()
            for target in targets {
                hasher.combine(target)
                hasher.combine(paths[target] ?? "")
            }
            return hasher.finalize()
        }
    }
}
