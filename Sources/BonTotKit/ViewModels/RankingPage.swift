/// The page of one evaluation's ranking (`/xep-hang/<period>/`, and `/xep-hang/` for the
/// latest): summary, table, chart, the CSV beside it, and on the index the list of all periods.
struct RankingPage {
    var chrome: PageChrome
    var title: String
    /// "Năm 2024", "Quý III năm 2024".
    var periodName: String
    /// "năm 2024", as written inside a sentence.
    var periodPhrase: String
    var rankingSummary: RankingSummaryView
    var table: RankingTableView
    var chart: ChartFigure
    /// The CSV beside the page, relative to it.
    var csvHref: String
    /// The year's archive, for yearly rankings.
    var archive: RankingArchiveLink?
    /// Every ranked period, newest first (shown on `/xep-hang/`).
    var periods: [RankingPeriodLink]
    /// True on `/xep-hang/`, which lists the periods.
    var showsPeriods: Bool

    /// The page of `ranking` written at `path`.
    init(_ ranking: Ranking, path: String, context: PortalContext, isIndex: Bool) {
        let site = context.site
        let links = Links(pagePath: path)
        title = PortalFormat.rankingTitle(ranking.period, site: site)
        periodName = PortalFormat.periodName(ranking.period)
        periodPhrase = VietnameseFormat.period(ranking.period)
        chrome = context.chrome(title: isIndex ? "Xếp hạng thi đua" : title, path: path, section: RankingPaths.latest,
                                trail: isIndex ? [] : [("Xếp hạng thi đua", RankingPaths.latest)],
                                description: ranking.goodOrBetterSentence)
        rankingSummary = RankingSummaryView(ranking)
        table = RankingTableView(ranking, caption: "Bảng xếp hạng thi đua \(VietnameseFormat.period(ranking.period))",
                                 links: links, knownBranches: Set(site.branches.map(\.id)))
        chart = RankingChartView.figure(ranking, title: title)
        csvHref = RankingCSV.fileName
        let archived = ArchivePages.years(context).contains(ranking.period.year) && ranking.period.isYear
        archive = archived ? RankingArchiveLink(label: "Thành tích năm \(ranking.period.year)", href: links.archive(ranking.period.year)) : nil
        periods = context.analysis.rankings.reversed().map { other in
            RankingPeriodLink(other, site: site, links: links, current: other.period == ranking.period)
        }
        showsPeriods = isIndex
    }
}

/// A link to the yearly archive from a ranking page.
struct RankingArchiveLink {
    var label: String
    var href: String
}

/// A ranked period in the list of periods, linked to its page.
struct RankingPeriodLink {
    var name: String
    var title: String
    var href: String
    var current: Bool
    var excerpt: String?

    init(_ ranking: Ranking, site: Site, links: Links, current: Bool) {
        name = PortalFormat.periodName(ranking.period)
        title = PortalFormat.rankingTitle(ranking.period, site: site)
        href = links.ranking(ranking.period)
        self.current = current
        excerpt = ranking.goodOrBetterSentence
    }
}
