/// The ranking of a district's units in one period (`/xep-hang-don-vi/<period>/`, and
/// `/xep-hang-don-vi/` for the latest): summary sentences, the table with the units' title mark
/// ("Đảng bộ cơ sở 4 tốt"; in a province, whose units are its đảng bộ trực thuộc, "Đảng bộ 4
/// tốt"; or as the unit rubric names it) and each unit's share of "Chi bộ 4 tốt" branches, the
/// CSV beside it, and every branch of the district holding the branch title in the period.
struct UnitRankingPage: Encodable {
    var chrome: PageChrome
    var title: String
    var periodPhrase: String
    /// "đảng bộ cơ sở", in a province "đảng bộ trực thuộc".
    var subjectNoun: String
    /// The unit title, as the unit rubric names it: "Đảng bộ cơ sở 4 tốt" by default.
    var fourGoodTitle: String
    /// The branch title across the district, as its own rubric names it: "Chi bộ 4 tốt" by default.
    var branchTitle: String
    var sentences: [String]
    var rankedCount: String
    /// The table, each unit linked to its portal: the shape of a ranking of branches, with
    /// each unit's share of "Chi bộ 4 tốt" branches.
    var table: RankingTableView
    /// The chart, or its parts one after another (`RankingChartView.figures`); still named
    /// `chart`, so that a site's own template's `{{#chart}}` shows every part.
    var chart: [ChartFigure]
    var csvHref: String
    /// The year's archive (`/luu-tru/<yyyy>/`), which holds the units' ranking of every yearly
    /// evaluation: linked from yearly rankings only, as the branches' ranking does.
    var archive: RankingArchiveLink?
    /// Every branch of the district holding "Chi bộ 4 tốt" in the period, unit by unit.
    var fourGoodSentence: String
    var fourGoodGroups: [FourGoodGroupView]
    var periods: [RankingPeriodLink]
    var showsPeriods: Bool
    var hasRanking = true
    /// The heading of `/xep-hang-don-vi/`: "Xếp hạng đảng bộ cơ sở", in a province "… đảng bộ trực thuộc".
    var heading: String
    /// Empty here: the sentence of `RankingEmptyPage`, which the index's template shares.
    var emptySentence = ""

    init(_ ranking: Ranking, route: Route, context: PortalContext, district: DistrictAnalysis, isIndex: Bool) {
        let links = context.links(from: route)
        title = Self.title(ranking.period, subject: ranking.subject)
        periodPhrase = VietnameseFormat.period(ranking.period)
        subjectNoun = ranking.subject.noun
        heading = Self.indexTitle(ranking.subject)
        fourGoodTitle = ranking.title
        branchTitle = district.branchTitle(ranking.period)
        chrome = context.rankingChrome(ranking, title: title, indexTitle: Self.indexTitle(district.unitSubject), route: route,
                                       index: .unitRankingIndex, isIndex: isIndex)
        sentences = ranking.summarySentences(for: .page)
        rankedCount = VietnameseFormat.count(ranking.rows.count)
        // The marks of the rows, worked out once for the table and the chart.
        let mark = EndingNotice.marks(of: ranking, district: district, router: context.router, route: route)
        table = RankingTableView(units: ranking, caption: title, route: route, context: context, district: district, mark: mark)
        chart = RankingChartView.figures(ranking, title: title, id: "bieu-do-xep-hang-don-vi", mark: mark)
        csvHref = links.to(.unitRankingCSV(isIndex ? nil : ranking.period))
        archive = RankingArchiveLink(ranking.period, links: links)
        let titled = district.fourGoodBranches(ranking.period)
        fourGoodSentence = district.fourGoodSentence(ranking.period)
        fourGoodGroups = FourGoodGroupView.groups(titled, period: ranking.period, route: route, context: context, district: district)
        periods = isIndex ? district.rankings.reversed().map { ranking in
            RankingPeriodLink(title: Self.title(ranking.period, subject: ranking.subject), href: links.to(.unitRanking(ranking.period)),
                              excerpt: ranking.goodOrBetterSentence(for: .page))
        } : []
        showsPeriods = isIndex
    }

    /// The title of `/xep-hang-don-vi/`: "Xếp hạng đảng bộ cơ sở", in a province "Xếp hạng đảng bộ trực thuộc".
    static func indexTitle(_ subject: RankingSubject) -> String {
        "Xếp hạng \(subject.noun)"
    }

    static func title(_ period: Period, subject: RankingSubject) -> String {
        "\(indexTitle(subject)) \(VietnameseFormat.period(period))"
    }
}

/// The "Chi bộ 4 tốt" branches of one unit (or of the district directly), linked to their profiles.
struct FourGoodGroupView: Encodable {
    var heading: String
    var count: String
    var branches: [FourGoodBranchView]

    /// What the district's own branches are called beside its units: "Chi bộ trực thuộc".
    static let ownHeading = "Chi bộ trực thuộc"

    /// "Chi bộ trực thuộc, quý IV năm 2024" when the district ranked its own in `own` beside its
    /// units' `period` (December closes a quarter and a year), else `ownHeading`.
    static func ownHeading(_ own: Period, beside period: Period) -> String {
        own == period ? ownHeading : "\(ownHeading), \(VietnameseFormat.period(own))"
    }

    /// The groups of `titled`, the branches holding the title in `period`, on the page at `route`;
    /// a branch that ended before the period closed is marked (`EndingNotice.mark`). When the
    /// district ranked its own in another period `own`, its group is theirs of `own`, so named.
    static func groups(_ titled: [FourGoodBranch], period: Period, own ownPeriod: Period? = nil, route: Route,
                       context: PortalContext, district: DistrictAnalysis) -> [FourGoodGroupView] {
        func views(_ branches: [FourGoodBranch], in period: Period = period) -> [FourGoodBranchView] {
            FourGoodBranchView.views(branches, period: period, route: route, context: context)
        }
        var groups: [FourGoodGroupView] = []
        let ownPeriod = ownPeriod ?? period
        let own = ownPeriod == period ? titled.filter { $0.unitPath.isEmpty } : district.ownFourGood[ownPeriod] ?? []
        if !own.isEmpty {
            groups.append(FourGoodGroupView(heading: ownHeading(ownPeriod, beside: period), count: VietnameseFormat.count(own.count),
                                            branches: views(own, in: ownPeriod)))
        }
        for unit in district.units {
            let branches = titled.filter { $0.unitPath.first == unit.id }
            guard !branches.isEmpty else { continue }
            groups.append(FourGoodGroupView(heading: unit.name, count: VietnameseFormat.count(branches.count), branches: views(branches)))
        }
        return groups
    }
}

/// A branch holding "Chi bộ 4 tốt", linked to its profile.
struct FourGoodBranchView: Encodable {
    var name: String
    var href: String
    /// "(đã sáp nhập vào Chi bộ …)" for a branch that ended before the period did.
    var endedMark: EndingNotice?

    /// `branches`, holding the title in `period`, linked from the page at `route`, one listed
    /// beside a namesake of another unit named with its unit (`NamesakeBranches`); a branch
    /// that ended before the period closed is marked (`EndingNotice.mark`).
    static func views(_ branches: [FourGoodBranch], period: Period, route: Route, context: PortalContext) -> [FourGoodBranchView] {
        let router = context.router
        return zip(branches, NamesakeBranches.names(branches)).map { branch, name in
            let unitRouter = branch.unitPath.reduce(router) { $0.unit($1) }
            let href = { router.link(from: route, to: .branch($0), in: unitRouter) }
            return FourGoodBranchView(name: name, href: href(branch.branchID),
                                      endedMark: EndingNotice.mark(of: branch, month: period.closingMonth, href: href))
        }
    }
}

extension RankingPeriodLink {
    /// A period of another kind of ranking (the units'), with its title and link given.
    init(title: String, href: String, excerpt: String?) {
        self.title = title
        self.href = href
        self.excerpt = excerpt
    }
}
