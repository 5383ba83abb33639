/// The yearly archive: `/luu-tru/` lists the years, `/luu-tru/<yyyy>/` shows each year
/// (`ArchiveYear`): its ranking, titles, awards, streak honour roll and stories.
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
        let byYear = Dictionary(context.analysis.rankings.filter(\.period.isYear).map { ($0.period.year, $0) },
                                uniquingKeysWith: { _, last in last })
        return byYear.keys.sorted().compactMap { byYear[$0] }
    }
}
