/// The page of one evaluation's ranking (`/xep-hang/<period>/`, and `/xep-hang/` for the
/// latest): summary, table, chart, the CSV beside it, and on the index the list of all periods.
struct RankingPage: Encodable {
    var chrome: PageChrome
    var title: String
    /// The index's lead naming the latest ranking: "Kết quả mới nhất: Xếp hạng thi đua năm
    /// 2024.", or the title alone when it already says so ("Kết quả chấm điểm … năm 2024.").
    var latestLead: String
    /// "năm 2024", as written inside a sentence.
    var periodPhrase: String
    var rankingSummary: RankingSummaryView
    var table: RankingTableView
    /// The chart, or its parts one after another (`RankingChartView.figures`); still named
    /// `chart`, so that a site's own template's `{{#chart}}` shows every part.
    var chart: [ChartFigure]
    /// The CSV beside the page, relative to it.
    var csvHref: String
    /// The year's archive, for yearly rankings.
    var archive: RankingArchiveLink?
    /// Every ranked period, newest first, on `/xep-hang/` only.
    var periods: [RankingPeriodLink]
    /// True on `/xep-hang/`, which lists the periods.
    var showsPeriods: Bool
    /// Always true here; false on `RankingEmptyPage`.
    var hasRanking = true
    /// Empty here: the sentence of `RankingEmptyPage`, which the index's template shares.
    var emptySentence = ""

    /// The page of `ranking` written at `route`.
    init(_ ranking: Ranking, route: Route, context: PortalContext, isIndex: Bool) {
        let site = context.site
        let links = context.links(from: route)
        title = PortalFormat.rankingTitle(ranking.period, site: site)
        periodPhrase = VietnameseFormat.period(ranking.period)
        latestLead = (title.lowercased().hasPrefix("kết quả") ? title : "Kết quả mới nhất: \(title)") + "."
        chrome = context.rankingChrome(ranking, title: title, indexTitle: "Xếp hạng thi đua", route: route,
                                       index: .rankingIndex, isIndex: isIndex)
        rankingSummary = RankingSummaryView(ranking)
        // The marks of the rows, worked out once for the table and the chart.
        let mark = EndingNotice.marks(of: ranking, site: site, links: links)
        table = RankingTableView(ranking, caption: "Bảng xếp hạng thi đua \(VietnameseFormat.period(ranking.period))",
                                 links: links, site: site, mark: mark)
        chart = RankingChartView.figures(ranking, title: title, mark: mark)
        csvHref = links.to(.rankingCSV(isIndex ? nil : ranking.period))
        archive = RankingArchiveLink(ranking.period, links: links)
        periods = isIndex ? context.analysis.rankings.reversed().map { RankingPeriodLink($0, site: site, links: links) } : []
        showsPeriods = isIndex
    }
}

/// `/xep-hang/` before any evaluation is entered, or `/xep-hang-don-vi/` before any unit is
/// scored: the menu links it, so it says so. A district's `/xep-hang/` ranks its chi bộ trực
/// thuộc alone, and says none of them is scored yet, not that nothing is (its units may be).
struct RankingEmptyPage: Encodable {
    var chrome: PageChrome
    var hasRanking = false
    /// "Chưa có kết quả chấm điểm thi đua nào.", in a district "… các chi bộ trực thuộc nào.".
    var emptySentence: String
    /// The page's title, its heading: "Xếp hạng đảng bộ cơ sở" on `/xep-hang-don-vi/`.
    var heading: String

    /// The index of rankings at `index`, titled `title`, with none to show; `noun` names the
    /// units `/xep-hang-don-vi/` ranks ("đảng bộ cơ sở", "đảng bộ trực thuộc").
    init(_ context: PortalContext, title: String = "Xếp hạng thi đua", index: Route = .rankingIndex, noun: String? = nil) {
        chrome = context.chrome(title: title, route: index, section: index)
        heading = title
        if let noun {
            emptySentence = "Chưa có kết quả chấm điểm \(noun) nào."
        } else {
            emptySentence = context.district == nil || index != .rankingIndex
                ? "Chưa có kết quả chấm điểm thi đua nào." : "Chưa có kết quả chấm điểm thi đua các chi bộ trực thuộc nào."
        }
    }
}

/// A link to the yearly archive from a ranking page, of branches or of units.
struct RankingArchiveLink: Encodable {
    var label: String
    var href: String

    /// The link to the archive of `period`'s year, or nil unless `period` is a whole year: the
    /// archive keeps a page for every year with a yearly evaluation (`ArchiveYear.all`), and
    /// holds no quarter or half-year.
    init?(_ period: Period, links: Links) {
        guard period.isYear else { return nil }
        label = "Thành tích năm \(period.year)"
        href = links.archive(period.year)
    }
}

/// A ranked period in the list of periods, linked to its page.
struct RankingPeriodLink: Encodable {
    var title: String
    var href: String
    /// The period's first summary sentence.
    var excerpt: String?

    init(_ ranking: Ranking, site: Site, links: Links) {
        title = PortalFormat.rankingTitle(ranking.period, site: site)
        href = links.ranking(ranking.period)
        excerpt = ranking.goodOrBetterSentence(for: .page)
    }
}

extension PortalContext {
    /// The chrome of a ranking's page, of branches or of units: the index of such rankings,
    /// titled `indexTitle` at `index`, or one period's page titled `title` under it; described
    /// by the ranking's first summary sentence. Its printed sheets after the first are headed by
    /// `title`, the index's too: they say which period they rank.
    func rankingChrome(_ ranking: Ranking, title: String, indexTitle: String, route: Route, index: Route,
                       isIndex: Bool) -> PageChrome {
        chrome(title: isIndex ? indexTitle : title, route: route, section: index,
               trail: isIndex ? [] : [(indexTitle, index)], description: ranking.goodOrBetterSentence())
            .headingSheets(with: title)
    }
}
