/// The pages a district adds for its units (SPEC §7): `/don-vi/`, `/xep-hang-don-vi/` and one
/// ranking page per period, each ranking with its CSV. None for a site without units.
enum UnitPages {
    static func pages(_ context: PortalContext) -> [Page] {
        guard let district = context.district else { return [] }
        let directory = Page(route: .unitDirectory, template: "unit-directory", model: UnitDirectoryPage(context, district: district))
        let index: any Encodable & Sendable = district.latestRanking.map {
            UnitRankingPage($0, route: .unitRankingIndex, context: context, district: district, isIndex: true)
        } ?? RankingEmptyPage(context, title: UnitRankingPage.indexTitle, index: .unitRankingIndex)
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
        var files = district.rankings.map { OutputFile(route: .unitRankingCSV($0.period), bytes: RankingCSV.bytes($0)) }
        if let latest = district.latestRanking {
            files.insert(OutputFile(route: .unitRankingCSV(nil), bytes: RankingCSV.bytes(latest)), at: 0)
        }
        return files
    }
}
