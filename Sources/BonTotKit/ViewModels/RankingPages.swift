/// The ranking pages: `/xep-hang/<period>/` for every evaluation and `/xep-hang/` for the
/// latest one with the list of all periods, each with its `bang-xep-hang.csv`.
enum RankingPages {
    static func pages(_ context: PortalContext) -> [Page] {
        let rankings = context.analysis.rankings
        let pages = rankings.map { ranking in
            let path = RankingPaths.period(ranking.period)
            return Page(path: path, template: "ranking", model: RankingPage(ranking, path: path, context: context, isIndex: false))
        }
        let index: any Encodable & Sendable
        if let latest = context.analysis.latestRanking {
            index = RankingPage(latest, path: RankingPaths.latest, context: context, isIndex: true)
        } else {
            index = RankingEmptyPage(context)
        }
        return [Page(path: RankingPaths.latest, template: "ranking-index", model: index)] + pages
    }

    /// The CSV beside each ranking page, the latest one beside `/xep-hang/` too.
    static func files(_ context: PortalContext) -> [OutputFile] {
        var files = context.analysis.rankings.map { ranking in
            OutputFile(path: RankingPaths.period(ranking.period) + RankingCSV.fileName, bytes: RankingCSV.bytes(ranking))
        }
        if let latest = context.analysis.latestRanking {
            files.insert(OutputFile(path: RankingPaths.latest + RankingCSV.fileName, bytes: RankingCSV.bytes(latest)), at: 0)
        }
        return files
    }
}
