/// A year the archive keeps a page for: one with a yearly evaluation, or with an award or a
/// story dated in it though it has none (yet): the year in progress, or a year the office
/// scored by quarter only. Its ranking is the year's yearly evaluation, when there is one.
struct ArchiveYear {
    var year: Int
    var ranking: Ranking?

    /// Every year of the archive, oldest first.
    static func all(_ context: PortalContext) -> [ArchiveYear] {
        let site = context.site
        let rankings = ArchivePages.yearlyRankings(context)
        let byYear = Dictionary(rankings.map { ($0.period.year, $0) }, uniquingKeysWith: { _, last in last })
        let years = Set(byYear.keys)
            .union(site.branches.flatMap { $0.awards.map(\.year) })
            .union(site.stories.map(\.date.year))
        return years.sorted().map { ArchiveYear(year: $0, ranking: byYear[$0]) }
    }
}
