/// `/luu-tru/<yyyy>/`: a year's achievements — its ranking, the "Chi bộ 4 tốt" titles, the
/// awards given that year, the honour roll of streaks as of that year, and the year's stories.
/// A year without a yearly evaluation (`ArchiveYear`) says it was not scored as a whole and
/// shows its awards and stories: no titles, and no honour roll, whose streaks run up to a
/// scored year.
struct ArchiveYearPage: Encodable {
    var chrome: PageChrome
    var title: String
    var year: String
    var ranking: ArchiveRankingView?
    /// `"Chưa có kết quả chấm điểm thi đua năm 2026."`, for a year without its ranking.
    var unranked: String?
    var awards: [ArchiveAwardView]
    var hasAwards: Bool
    var honourRoll: ArchiveHonourRoll?
    var stories: [HomeStoryTeaser]
    var hasStories: Bool

    init(_ archived: ArchiveYear, route: Route, context: PortalContext) {
        let site = context.site, year = archived.year
        let links = context.links(from: route)
        title = "Thành tích năm \(year)"
        self.year = "\(year)"
        chrome = context.chrome(title: title, route: route, section: .archiveIndex,
                                trail: [("Lưu trữ", .archiveIndex)],
                                description: archived.ranking?.goodOrBetterSentence() ?? Self.unrankedSentence(year))
            .headingSheets(with: title)
        ranking = archived.ranking.map { ArchiveRankingView($0, site: site, links: links) }
        unranked = archived.ranking == nil ? Self.unrankedSentence(year) : nil
        awards = ArchiveAwardView.awards(of: site, in: year, links: links)
        hasAwards = !awards.isEmpty
        honourRoll = archived.ranking == nil ? nil : ArchiveHonourRoll(site: site, through: year, links: links)
        stories = site.stories.filter { $0.date.year == year }.map { HomeStoryTeaser($0, context: context, links: links) }
        hasStories = !stories.isEmpty
    }

    /// What the archive says of a year without a yearly evaluation.
    static func unrankedSentence(_ year: Int) -> String {
        "Chưa có kết quả chấm điểm thi đua năm \(year)."
    }
}

/// A branch named in a list, linked to its profile when it has one.
struct ArchiveBranchLink: Encodable {
    var name: String
    var href: String?
    /// "(đã sáp nhập vào Chi bộ …)" for a branch that ended before the period did.
    var endedMark: EndingNotice?
}

/// An award a branch received: "Giấy khen — Huyện ủy Giồng Riềng", and what for.
struct ArchiveAwardView: Encodable {
    var branchName: String
    var branchLink: String
    /// "(đã sáp nhập vào Chi bộ …)" for a branch that ended before the year did.
    var endedMark: EndingNotice?
    var awardTitle: String
    var awardedBy: String?
    var awardReason: String?

    /// The awards given in `year`, by branch name then title; a branch that ended before the
    /// year's end marked, as in the year's ranking.
    static func awards(of site: Site, in year: Int, links: Links) -> [ArchiveAwardView] {
        VietnameseCollation.sorted(site.branches, by: \.name).flatMap { branch in
            VietnameseCollation.sorted(branch.awards.filter { $0.year == year }, by: \.title).map { award in
                ArchiveAwardView(branchName: branch.name, branchLink: links.branch(branch.id),
                                 endedMark: EndingNotice.mark(of: branch, site: site, links: links,
                                                              month: YearMonth(year: year, month: 12)),
                                 awardTitle: award.title, awardedBy: award.by, awardReason: award.reason)
            }
        }
    }
}
