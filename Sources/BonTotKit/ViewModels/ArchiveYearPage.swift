/// `/luu-tru/<yyyy>/`: a year's achievements — its ranking, the "Chi bộ 4 tốt" titles, the
/// awards given that year, the honour roll of streaks as of that year, and the year's stories.
/// A year without a yearly evaluation (`ArchiveYear`) says it was not scored as a whole and
/// shows its awards and stories: no titles, and no honour roll, whose streaks run up to a
/// scored year.
///
/// A district's year opens with its units (đảng bộ cơ sở), as the office's yearly report does,
/// which accounts first for the đảng bộ cơ sở it ranks, then for its chi bộ trực thuộc: the units'
/// ranking, their titles ("Đảng bộ cơ sở 4 tốt", as the unit rubric names it) and their runs of years, then the same of its own
/// branches, their awards, and the stories.
struct ArchiveYearPage: Encodable {
    var chrome: PageChrome
    var title: String
    var year: String
    /// True in a district: the page has the units' sections.
    var hasUnits: Bool
    /// "Kết quả xếp hạng đảng bộ cơ sở", in a province "… đảng bộ trực thuộc"; empty without units.
    var unitsHeading: String
    /// The units' ranking of the year, in a district that has one.
    var unitRanking: ArchiveUnitRankingView?
    /// `"Chưa có kết quả chấm điểm thi đua đảng bộ cơ sở năm 2026."`, in a district without it.
    var unitsUnranked: String?
    /// "Kết quả xếp hạng thi đua", in a district "Kết quả xếp hạng chi bộ trực thuộc".
    var rankingHeading: String
    var ranking: ArchiveRankingView?
    /// `"Chưa có kết quả chấm điểm thi đua năm 2026."`, for a year without its ranking.
    var unranked: String?
    var awards: [ArchiveAwardView]
    var hasAwards: Bool
    /// "Bảng vàng thành tích nhiều năm liền", in a district "Bảng vàng chi bộ trực thuộc nhiều năm liền".
    var honourRollHeading: String
    var honourRoll: ArchiveHonourRoll?
    var stories: [HomeStoryTeaser]
    var hasStories: Bool

    init(_ archived: ArchiveYear, route: Route, context: PortalContext) {
        let site = context.site, year = archived.year
        let links = context.links(from: route)
        let district = context.district
        let ranked = Self.rankedBranches(site)
        title = "Thành tích năm \(year)"
        self.year = "\(year)"
        let description = archived.unitRanking?.goodOrBetterSentence() ?? archived.ranking?.goodOrBetterSentence()
        chrome = context.chrome(title: title, route: route, section: .archiveIndex,
                                trail: [("Lưu trữ", .archiveIndex)],
                                description: description ?? Self.unrankedSentence(year, ranked: ranked))
            .headingSheets(with: title)
        hasUnits = district != nil
        unitsHeading = district.map { "Kết quả xếp hạng \($0.unitsNoun)" } ?? ""
        unitRanking = district.flatMap { district in
            archived.unitRanking.map { ArchiveUnitRankingView($0, route: route, context: context, district: district) }
        }
        unitsUnranked = district != nil && archived.unitRanking == nil
            ? Self.unrankedSentence(year, ranked: district?.unitsNoun) : nil
        rankingHeading = "Kết quả xếp hạng " + (ranked ?? "thi đua")
        ranking = archived.ranking.map { ArchiveRankingView($0, site: site, links: links) }
        unranked = archived.ranking == nil ? Self.unrankedSentence(year, ranked: ranked) : nil
        awards = ArchiveAwardView.awards(of: site, in: year, links: links)
        hasAwards = !awards.isEmpty
        honourRollHeading = "Bảng vàng " + (ranked.map { "\($0) nhiều năm liền" } ?? "thành tích nhiều năm liền")
        honourRoll = archived.ranking == nil ? nil : ArchiveHonourRoll(site: site, through: year, links: links)
        stories = site.stories.filter { $0.date.year == year }.map { HomeStoryTeaser($0, context: context, links: links) }
        hasStories = !stories.isEmpty
    }

    /// "chi bộ trực thuộc" for a district, whose ranking of branches ranks its own beside its
    /// units; nil for a site of branches alone, whose ranking needs no name.
    static func rankedBranches(_ site: Site) -> String? {
        site.config.units.isEmpty ? nil : "chi bộ trực thuộc"
    }

    /// What the archive says of a year without a yearly evaluation (of the `ranked`, when named).
    static func unrankedSentence(_ year: Int, ranked: String? = nil) -> String {
        "Chưa có kết quả chấm điểm thi đua \(ranked.map { "\($0) " } ?? "")năm \(year)."
    }
}

/// A branch named in a list, linked to its profile when it has one; or a district's unit,
/// linked to its portal.
struct ArchiveBranchLink: Encodable {
    var name: String
    var href: String?
    /// "(đã sáp nhập vào Chi bộ …)" for one that ended before the period did.
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
