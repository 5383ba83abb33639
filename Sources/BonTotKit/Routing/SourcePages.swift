/// The page made from each content file a body may link by its file (`PageLinks`): a meeting's
/// minutes, a story, a branch's profile, a month's bulletin editorial, a period's scores, and in
/// a district a period's scores of its units. The one place that says which page a file makes,
/// read by the check that refuses a page's address written for its file (`PageLinkCheck`) and by
/// the renderer that links the page (`LinkedPages`).
enum SourcePages {
    /// Each file with the route of the page made from it, paths from the site, in the order of
    /// the site's parts (minutes, stories, branches, editorials, evaluations, unit evaluations).
    /// An evaluation's route is its period's ranking, a unit evaluation's (a district's
    /// `content/unit-evaluations/2024.yaml`) its period's units' ranking: the site makes each only
    /// when the period is ranked.
    static func routes(minutes: [Minutes], stories: [Story], branches: [Branch], editorials: [BulletinEditorial],
                       evaluations: [Evaluation], unitEvaluations: [Evaluation] = []) -> [(file: String, route: Route)] {
        minutes.map { ($0.source.file, .minutes($0.slug)) } + stories.map { ($0.source.file, .story($0.slug)) }
            + branches.map { ($0.source.file, .branch($0.id)) } + editorials.map { ($0.source.file, .bulletin($0.month)) }
            + evaluations.map { ($0.source.file, .ranking($0.period)) }
            + unitEvaluations.map { ($0.source.file, .unitRanking($0.period)) }
    }
}
