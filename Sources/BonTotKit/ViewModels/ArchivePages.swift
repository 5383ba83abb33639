/// The yearly archive: `/luu-tru/` lists the years, `/luu-tru/<yyyy>/` shows each year that
/// has a yearly evaluation: its ranking, titles, awards, streak honour roll and stories.
enum ArchivePages {
    static func pages(_ context: PortalContext) -> [Page] {
        let rankings = yearlyRankings(context)
        let index = Page(route: .archiveIndex, template: "archive-index",
                         model: ArchiveIndexPage(rankings: rankings, context: context))
        return [index] + rankings.reversed().map { ranking in
            let route = Route.archive(ranking.period.year)
            return Page(route: route, template: "archive", model: ArchiveYearPage(ranking, route: route, context: context))
        }
    }

    /// The ranking of each year's yearly evaluation, oldest first (the last one of a year wins).
    static func yearlyRankings(_ context: PortalContext) -> [Ranking] {
        let byYear = Dictionary(context.analysis.rankings.filter(\.period.isYear).map { ($0.period.year, $0) },
                                uniquingKeysWith: { _, last in last })
        return byYear.keys.sorted().compactMap { byYear[$0] }
    }
}
