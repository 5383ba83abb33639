/// A month's bulletin, `/ban-tin/<yyyy-mm>/`, in the order it is printed: the masthead, the
/// editorial, the month in figures, the stories, the ranking when a period closes, the
/// resolutions adopted by branch, and what falls due next month.
struct BulletinPage: Encodable {
    var chrome: PageChrome
    var issueMonth: YearMonth
    var stylesheet: String
    var masthead: BulletinMasthead
    /// `"BẢN TIN"`.
    var documentType: String
    /// `"Tháng 9 năm 2024"`.
    var monthHeading: String
    var editorial: BulletinEditorialView?
    var figuresHeading: String
    var figures: BulletinFigures
    var stories: [StoryCard]
    var hasStories: Bool
    /// False for a district with no chi bộ trực thuộc and no story of its own in the month.
    var showsStories: Bool
    /// What the stories section says when it has none (`BulletinScope`).
    var noStories: String
    /// In a district: what each unit did in the month.
    var unitsSection: BulletinUnitsSection
    /// True in a district with units in the month.
    var hasUnits: Bool
    /// "Các đảng bộ cơ sở trong tháng" ("Các đảng bộ trực thuộc trong tháng" in a province).
    var unitsHeading: String
    var ranking: BulletinRanking?
    /// In a district: the ranking of its units whose period closes this month.
    var unitRanking: BulletinUnitRanking?
    /// In a district: "Chi bộ 4 tốt" across the district for the period closing this month.
    var districtFourGood: BulletinDistrictFourGood?
    /// `"Nghị quyết các chi bộ thông qua trong tháng"`.
    var resolutionsHeading: String
    var resolutions: [BulletinBranchResolutions]
    var hasResolutions: Bool
    /// False for a district with no chi bộ trực thuộc in the month (`BulletinScope`).
    var showsResolutions: Bool
    var noResolutions: String
    /// `"Việc đến hạn trong tháng 10 năm 2024"`.
    var dueHeading: String
    var due: [BulletinDueResolution]
    var hasDue: Bool
    /// False for a district with no chi bộ trực thuộc in the month and nothing falling due.
    var showsDue: Bool
    var noDue: String
    /// The PDF beside the page, when the build writes one.
    var pdfHref: String?
    var monthHref: String?
    /// The signer, for the PDF's metadata.
    var author: String

    init(month: YearMonth, content: BulletinContent, context: PortalContext) {
        let route = Route.bulletin(month)
        let links = context.links(from: route)
        let site = context.site
        issueMonth = month
        let editorial = content.editorials[month]
        let meetings = content.minutes[month] ?? []
        // Its printed sheets after the first say which bulletin they belong to, as the
        // masthead of the first does: "Bản tin tháng 10 năm 2026 — Đảng ủy phường Thanh Lam".
        chrome = context.chrome(title: BulletinTitle.of(month), route: route,
                                section: .bulletinIndex, trail: [("Bản tin", .bulletinIndex)],
                                description: editorial?.title)
            .headingSheets(with: BulletinTitle.of(month, by: site.config.signingBody))
        stylesheet = links.asset("bulletin.css")
        masthead = BulletinMasthead(month: month, number: editorial?.number, config: site.config)
        documentType = "BẢN TIN"
        monthHeading = MinutesText.monthHeading(month)
        self.editorial = editorial.map { BulletinEditorialView($0, context: context, links: links) }
        figuresHeading = "\(MinutesText.monthHeading(month)) qua những con số"
        figures = BulletinFigures(month: month, meetings: meetings, context: context, links: links)
        stories = (content.stories[month] ?? []).map { StoryCard($0, context: context, links: links) }
        hasStories = !stories.isEmpty
        let scope = BulletinScope(month: month, context: context)
        showsStories = scope.shows(hasStories)
        noStories = scope.noStories
        let unitsNoun = context.district?.unitsNoun ?? "đảng bộ cơ sở"
        let units = BulletinUnitView.units(month, route: route, context: context)
        unitsSection = BulletinUnitsSection(units, noun: unitsNoun)
        hasUnits = !units.isEmpty
        unitsHeading = "Các \(unitsNoun) trong tháng"
        let ownRanking = content.ranking(closingIn: month)
        ranking = ownRanking.map { BulletinRanking($0, site: site, links: links, isDistrict: context.district != nil) }
        let closingUnits = content.unitRanking(closingIn: month)
        unitRanking = closingUnits.map { BulletinUnitRanking($0, route: route, context: context) }
        districtFourGood = context.district.flatMap { district in
            BulletinDistrictFourGood(own: ownRanking?.period, units: closingUnits?.period, route: route, context: context, district: district)
        }
        resolutions = BulletinBranchResolutions.grouped(meetings, site: site, links: links)
        hasResolutions = !resolutions.isEmpty
        showsResolutions = scope.shows(hasResolutions)
        resolutionsHeading = scope.resolutionsHeading
        noResolutions = scope.noResolutions
        let nextMonth = VietnameseFormat.monthYear(month.next)
        dueHeading = "Việc đến hạn trong \(nextMonth)"
        noDue = scope.noDue(in: nextMonth)
        due = BulletinDueResolution.list(content.due[month.next] ?? [], site: site, links: links)
        hasDue = !due.isEmpty
        showsDue = scope.shows(hasDue)
        monthHref = context.analysis.months.contains(month) ? links.month(month) : nil
        author = site.config.signingBody
    }
}

/// The editorial of a bulletin: its title and rendered body.
struct BulletinEditorialView: Encodable {
    /// The editorial's title, or "Lời tòa soạn" when it has none or only restates the
    /// bulletin's own title ("Bản tin tháng 9 năm 2024"), already printed under the masthead.
    var title: String
    var bodyHTML: String

    init(_ editorial: BulletinEditorial, context: PortalContext, links: Links) {
        let restatesBulletin = editorial.title.map { Slug.fold($0).hasPrefix(Slug.fold("Bản tin")) } ?? true
        title = restatesBulletin ? "Lời tòa soạn" : editorial.title ?? "Lời tòa soạn"
        bodyHTML = context.markdown.html(editorial.body, root: links.root, file: editorial.source.file, under: 2)
    }
}
