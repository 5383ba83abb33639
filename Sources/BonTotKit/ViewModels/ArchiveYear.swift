/// A year the archive keeps a page for: one with a yearly evaluation, of the branches or (in a
/// district) of its units, or with an award or a story dated in it though it has none (yet): the
/// year in progress, or a year the office scored by quarter only. Its ranking is the year's
/// yearly evaluation of the branches, and its unit ranking that of the units, when there is one.
struct ArchiveYear {
    var year: Int
    var ranking: Ranking?
    /// In a district, the ranking of its units (đảng bộ cơ sở) for the whole year.
    var unitRanking: Ranking? = nil

    /// Every year of the archive, oldest first.
    static func all(_ context: PortalContext) -> [ArchiveYear] {
        let site = context.site
        let rankings = byYear(ArchivePages.yearlyRankings(context))
        let unitRankings = byYear(ArchivePages.yearly(context.district?.rankings ?? []))
        let years = Set(rankings.keys)
            .union(unitRankings.keys)
            .union(site.branches.flatMap { $0.awards.map(\.year) })
            .union(site.stories.map(\.date.year))
        return years.sorted().map { ArchiveYear(year: $0, ranking: rankings[$0], unitRanking: unitRankings[$0]) }
    }

    private static func byYear(_ rankings: [Ranking]) -> [Int: Ranking] {
        Dictionary(rankings.map { ($0.period.year, $0) }, uniquingKeysWith: { _, last in last })
    }
}
