extension Ranking {
    /// Ranks an evaluation of a site, with the site's branch names, clusters and rubric.
    public static func make(evaluation: Evaluation, site: Site) -> Ranking {
        make(evaluation: evaluation, rubric: site.rubric,
             branchNames: Dictionary(site.branches.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
             clusters: Dictionary(site.branches.compactMap { branch in branch.cluster.map { (branch.id, $0) } },
                                  uniquingKeysWith: { first, _ in first }))
    }
}
