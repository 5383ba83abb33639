/// `/luu-tru/<yyyy>/`: a year's achievements — its ranking, the "Chi bộ 4 tốt" titles, the
/// awards given that year, the honour roll of streaks as of that year, and the year's stories.
struct ArchiveYearPage: Encodable {
    var chrome: PageChrome
    var title: String
    var year: String
    var rankingTitle: String
    var rankingHref: String
    var rankingSummary: RankingSummaryView
    var table: RankingTableView
    var fourGood: [ArchiveBranchLink]
    var hasFourGood: Bool
    var awards: [ArchiveAwardView]
    var hasAwards: Bool
    var honourRoll: ArchiveHonourRoll
    var stories: [HomeStoryTeaser]
    var hasStories: Bool

    init(_ ranking: Ranking, route: Route, context: PortalContext) {
        let site = context.site, year = ranking.period.year
        let links = context.links(from: route)
        let known = Set(site.branches.map(\.id))
        title = "Thành tích năm \(year)"
        self.year = "\(year)"
        chrome = context.chrome(title: title, route: route, section: .archiveIndex,
                                trail: [("Lưu trữ", .archiveIndex)], description: ranking.goodOrBetterSentence)
        rankingTitle = PortalFormat.rankingTitle(ranking.period, site: site)
        rankingHref = links.ranking(ranking.period)
        rankingSummary = RankingSummaryView(ranking)
        table = RankingTableView(ranking, caption: "Bảng xếp hạng thi đua năm \(year)", links: links, knownBranches: known, config: site.config)
        fourGood = VietnameseCollation.sorted(ranking.rows.filter(\.isFourGood), by: \.branchName).map { row in
            ArchiveBranchLink(name: row.branchName, href: known.contains(row.branchID) ? links.branch(row.branchID) : nil)
        }
        hasFourGood = !fourGood.isEmpty
        awards = ArchiveAwardView.awards(of: site, in: year, links: links)
        hasAwards = !awards.isEmpty
        honourRoll = ArchiveHonourRoll(site: site, through: year, links: links)
        stories = site.stories.filter { $0.date.year == year }.map { HomeStoryTeaser($0, site: site, links: links) }
        hasStories = !stories.isEmpty
    }
}

/// A branch named in a list, linked to its profile when it has one.
struct ArchiveBranchLink: Encodable {
    var name: String
    var href: String?
}

/// An award a branch received: "Giấy khen — Huyện ủy Giồng Riềng", and what for.
struct ArchiveAwardView: Encodable {
    var branchName: String
    var branchLink: String
    var awardTitle: String
    var awardedBy: String?
    var awardReason: String?

    /// The awards given in `year`, by branch name then title.
    static func awards(of site: Site, in year: Int, links: Links) -> [ArchiveAwardView] {
        VietnameseCollation.sorted(site.branches, by: \.name).flatMap { branch in
            VietnameseCollation.sorted(branch.awards.filter { $0.year == year }, by: \.title).map { award in
                ArchiveAwardView(branchName: branch.name, branchLink: links.branch(branch.id), awardTitle: award.title,
                                 awardedBy: award.by, awardReason: award.reason)
            }
        }
    }
}
