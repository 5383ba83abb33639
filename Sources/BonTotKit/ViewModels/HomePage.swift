/// The home page: headline figures, the summary sentences and top of the latest ranking, the
/// latest stories and the meetings of the latest month that has minutes.
struct HomePage: Encodable {
    var chrome: PageChrome
    var organization: String
    /// For a unit of a district that no longer exists: what became of it (`EndingNotice.ofUnit`).
    var ending: EndingNotice?
    /// For a unit of a district: the units merged into it, oldest merger first.
    var mergedUnits: [MergedPredecessor]
    var hasMergedUnits: Bool
    /// A district's combined figures in the office's idiom (SPEC §7); nil for a site without units.
    var districtSummary: String?
    var unitsHref: String?
    /// "Xem các đảng bộ cơ sở" ("Xem các đảng bộ trực thuộc" in a province), the link to `/don-vi/`.
    var unitsLink: String?
    var figures: [HomeFigure]
    var ranking: HomeRankingView?
    /// In a district: the latest ranking of its units, with their title ("Đảng bộ cơ sở 4 tốt";
    /// in a province "Đảng bộ 4 tốt"; or as the unit rubric names it).
    var unitRanking: HomeUnitRankingView?
    var stories: [HomeStoryTeaser]
    var hasStories: Bool
    var storiesHref: String
    /// "tháng 9 năm 2024": the latest month with minutes.
    var meetingsMonth: String?
    /// "Sinh hoạt chi bộ tháng 9 năm 2024"; in a district, whose figures count every unit's
    /// meetings while the table lists its own, "Sinh hoạt các chi bộ trực thuộc tháng …".
    var meetingsHeading: String?
    var meetingsHref: String?
    var meetingItems: [HomeMeetingItem]
    var hasMeetings: Bool
    var meetingShowsBranch = true
    var meetingCaption: String?

    static let storyCount = 5

    static func pages(_ context: PortalContext) -> [Page] {
        [Page(route: .home, template: "home", model: HomePage(context))]
    }

    init(_ context: PortalContext) {
        let site = context.site
        let links = context.links(from: .home)
        chrome = context.chrome(title: "Trang chủ", route: .home, section: .home,
                                description: context.analysis.latestRanking?.goodOrBetterSentence())
        organization = site.config.organization
        ending = EndingNotice.ofUnit(context, route: .home)
        mergedUnits = MergedPredecessor.units(context, route: .home)
        hasMergedUnits = !mergedUnits.isEmpty
        districtSummary = context.district?.combinedSentence(organization: site.config.organization)
        unitsHref = context.district.map { _ in links.to(.unitDirectory) }
        unitsLink = context.district.map { "Xem các \($0.unitsNoun)" }
        let month = site.minutes.last?.date.yearMonth
        figures = HomeFigure.figures(context, month: month)
        ranking = context.analysis.latestRanking.map { HomeRankingView($0, site: site, links: links) }
        unitRanking = context.district.flatMap { district in
            district.latestRanking.map { HomeUnitRankingView($0, district: district, links: links) }
        }
        stories = site.stories.prefix(Self.storyCount).map { HomeStoryTeaser($0, context: context, links: links) }
        hasStories = !stories.isEmpty
        storiesHref = links.to(.storyIndex)
        meetingsMonth = month.map(VietnameseFormat.monthYear)
        meetingsHref = month.map(links.month)
        meetingItems = month.map { month in
            site.minutes.filter { $0.date.yearMonth == month }.map { HomeMeetingItem($0, site: site, links: links) }
        } ?? []
        hasMeetings = !meetingItems.isEmpty
        let ownOnly = context.district != nil
        meetingsHeading = month.map { "Sinh hoạt \(ownOnly ? "các chi bộ trực thuộc" : "chi bộ") \(VietnameseFormat.monthYear($0))" }
        meetingCaption = month.map { "Các buổi sinh hoạt\(ownOnly ? " của các chi bộ trực thuộc" : "") \(VietnameseFormat.monthYear($0))" }
    }
}
