/// The yearly archive: `/luu-tru/` lists the years, `/luu-tru/<yyyy>/` shows each year
/// (`ArchiveYear`): its ranking, titles, awards, streak honour roll and stories, and in a
/// district the ranking, titles and honour roll of its units before them.
enum ArchivePages {
    static func pages(_ context: PortalContext) -> [Page] {
        let years = ArchiveYear.all(context)
        let index = Page(route: .archiveIndex, template: "archive-index",
                         model: ArchiveIndexPage(years: years, context: context))
        return [index] + years.reversed().map { year in
            let route = Route.archive(year.year)
            return Page(route: route, template: "archive", model: ArchiveYearPage(year, route: route, context: context))
        }
    }

    /// The ranking of each year's yearly evaluation, oldest first (the last one of a year wins).
    static func yearlyRankings(_ context: PortalContext) -> [Ranking] {
        yearly(context.analysis.rankings)
    }

    /// The ranking of each year among `rankings` (the branches', or a district's units'), oldest
    /// first: those of a whole year only, the last one of a year winning.
    static func yearly(_ rankings: [Ranking]) -> [Ranking] {
        let byYear = Dictionary(rankings.filter(\.period.isYear).map { ($0.period.year, $0) },
                                uniquingKeysWith: { _, last in last })
        return byYear.keys.sorted().compactMap { byYear[$0] }
    }
}
