/// The pages a district adds for its units (SPEC §7): `/don-vi/`, `/xep-hang-don-vi/` and one
/// ranking page per period, each ranking with its CSV (a unit that ended before the period did
/// saying so in its row). None for a site without units.
enum UnitPages {
    static func pages(_ context: PortalContext) -> [Page] {
        guard let district = context.district else { return [] }
        let directory = Page(route: .unitDirectory, template: "unit-directory", model: UnitDirectoryPage(context, district: district))
        let index: any Encodable & Sendable = district.latestRanking.map {
            UnitRankingPage($0, route: .unitRankingIndex, context: context, district: district, isIndex: true)
        } ?? RankingEmptyPage(context, title: UnitRankingPage.indexTitle(district.unitSubject), index: .unitRankingIndex,
                              noun: district.unitsNoun)
        let periods = district.rankings.map { ranking in
            let route = Route.unitRanking(ranking.period)
            return Page(route: route, template: "unit-ranking",
                        model: UnitRankingPage(ranking, route: route, context: context, district: district, isIndex: false))
        }
        return [directory, Page(route: .unitRankingIndex, template: "unit-ranking-index", model: index)] + periods
    }

    /// The CSV beside each unit ranking page, the latest one beside `/xep-hang-don-vi/` too.
    static func files(_ context: PortalContext) -> [OutputFile] {
        guard let district = context.district else { return [] }
        let csv = { (ranking: Ranking, route: Route) in
            let mark = EndingNotice.marks(of: ranking, district: district, router: context.router, route: route)
            return OutputFile(route: route, bytes: RankingCSV.bytes(ranking, ended: { mark($0)?.words }))
        }
        var files = district.rankings.map { csv($0, .unitRankingCSV($0.period)) }
        if let latest = district.latestRanking {
            files.insert(csv(latest, .unitRankingCSV(nil)), at: 0)
        }
        return files
    }
}
