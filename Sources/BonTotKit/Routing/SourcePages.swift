/// The page made from each content file a body may link by its file (`PageLinks`): a meeting's
/// minutes, a story, a branch's profile, a month's bulletin editorial, a period's scores. The one
/// place that says which page a file makes, read by the check that refuses a page's address
/// written for its file (`PageLinkCheck`) and by the renderer that links the page (`LinkedPages`).
enum SourcePages {
    /// Each file with the route of the page made from it, paths from the site, in the order of
    /// the site's parts (minutes, stories, branches, editorials, evaluations). An evaluation's
    /// route is its period's ranking, which the site makes only when the period is ranked.
    static func routes(minutes: [Minutes], stories: [Story], branches: [Branch], editorials: [BulletinEditorial],
                       evaluations: [Evaluation]) -> [(file: String, route: Route)] {
        minutes.map { ($0.source.file, .minutes($0.slug)) } + stories.map { ($0.source.file, .story($0.slug)) }
            + branches.map { ($0.source.file, .branch($0.id)) } + editorials.map { ($0.source.file, .bulletin($0.month)) }
            + evaluations.map { ($0.source.file, .ranking($0.period)) }
    }
}
