/// The ranking pages: `/xep-hang/<period>/` for every evaluation and `/xep-hang/` for the
/// latest one with the list of all periods, each with its `bang-xep-hang.csv`.
enum RankingPages {
    static func pages(_ context: PortalContext) -> [Page] {
        let rankings = context.analysis.rankings
        let pages = rankings.map { ranking in
            let route = Route.ranking(ranking.period)
            return Page(route: route, template: "ranking", model: RankingPage(ranking, route: route, context: context, isIndex: false))
        }
        return [Page(route: .rankingIndex, template: "ranking-index", model: indexModel(context))] + pages
    }

    /// The model of `/xep-hang/`: the latest ranking with the list of all periods.
    private static func indexModel(_ context: PortalContext) -> any Encodable {
        guard let latest = context.analysis.latestRanking else { return RankingEmptyPage(context) }
        return RankingPage(latest, route: .rankingIndex, context: context, isIndex: true)
    }

    /// The CSV beside each ranking page, the latest one beside `/xep-hang/` too.
    static func files(_ context: PortalContext) -> [OutputFile] {
        let rankings = context.analysis.rankings
        var files = rankings.map { ranking in
            OutputFile(route: .rankingCSV(ranking.period), madeFromSite: { csv(ranking, route: .rankingCSV(ranking.period), context: context) })
        }
        // The latest ranking (the last) is also the file of `/xep-hang/`.
        if let latest = rankings.last {
            files.insert(OutputFile(route: .rankingCSV(nil), madeFromSite: { csv(latest, route: .rankingCSV(nil), context: context) }), at: 0)
        }
        return files
    }

    /// The CSV of `ranking`, a branch that ended before its period did saying so in its row (`EndingNotice.words`).
    private static func csv(_ ranking: Ranking, route: Route, context: PortalContext) -> [UInt8] {
        let mark = EndingNotice.marks(of: ranking, site: context.site, links: context.links(from: route))
        let config = context.site.config
        return RankingCSV.bytes(ranking, clusterName: { PortalFormat.cluster($0, config: config) }, ended: { mark($0)?.words })
    }
}
