extension Ranking {
    /// Ranks an evaluation of a site, with the site's branch names, clusters and the scale in
    /// force in its period.
    public static func make(evaluation: Evaluation, site: Site) -> Ranking {
        var ranking = make(evaluation: evaluation, rubric: site.rubric(for: evaluation.period),
             branchNames: Dictionary(site.branches.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
             clusters: Dictionary(site.branches.compactMap { branch in branch.cluster.map { (branch.id, $0) } },
                                  uniquingKeysWith: { first, _ in first }),
             clusterOrder: site.config.clusters.map(\.id))
        let scored = Set(evaluation.entries.map(\.branchID))
        let missing = site.branches.filter { branch in
            !scored.contains(branch.id) && branch.exists(in: evaluation.period.closingMonth)
        }
        ranking.unscored = VietnameseCollation.sorted(missing) { $0.name }.map { UnscoredBranch(id: $0.id, name: $0.name) }
        return ranking
    }
}
