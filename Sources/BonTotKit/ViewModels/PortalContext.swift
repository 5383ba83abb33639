/// What every page maker reads: the checked site, the rules applied to it, the Markdown
/// renderer configured for the site, and the router that places its outputs. A class, never
/// changed once made: each of a large site's tens of thousands of pages holds it to make its
/// model later, at the cost of one reference rather than a copy of the whole site's.
public final class PortalContext: Sendable {
    public let site: Site
    public let analysis: SiteAnalysis
    public let markdown: MarkdownRenderer
    public let router: Router
    /// The rules over the units, for a district that lists units (SPEC §7).
    public let district: DistrictAnalysis?
    /// For a unit inside a district portal: the district its pages link up to.
    public let upLink: PortalUpLink?
    /// For a district: every unit below it, however deep, as its search page and feed list them.
    public let unitListings: [UnitListing]
    /// For a district: the listings of the units below it, by their ways from it (`xa-a`, or
    /// `giong-rieng/xa-a` in a province), for its stories naming one of their branches
    /// (`<unit>/<branch>`, `UnitBranchMention`).
    public let unitsByID: [String: UnitListing]
    /// The absolute address of the site's outputs, for its feed and sitemap: from the `base_url`
    /// of the portal it is built into (`PortalUpLink.baseURL`, for a unit), else its own; nil
    /// when that is not absolute, and the build writes neither (`PortalPages.siteFiles`).
    public let address: SiteAddress?
    /// The folder of the site's files as the top site names them (`xa-a/` for a district's
    /// unit, "" for the top site): a page telling the clerk which file to write names it so, as
    /// the build's messages do.
    public let sourceFolder: String
    /// For each file whose body links other pages of the site (`PageLinks`), the hash of those
    /// pages' addresses: what its page depends on besides its bytes (`PageFingerprint`).
    public let pageLinkFingerprints: [String: UInt64]
    /// Whether the build writes `feed.xml` for this site, so that its pages announce it.
    public var hasFeed: Bool { address != nil }
    private let minutesByMonthMemo = Memo<[YearMonth: [Minutes]]>()
    private let bulletinContentMemo = Memo<BulletinContent>()
    private let bulletinMonthsMemo = Memo<[YearMonth]>()
    private let headers = KeyedMemo<SiteHeader.Key, SiteHeader>()

    public init(site: Site, analysis: SiteAnalysis, router: Router = Router(), district: DistrictAnalysis? = nil,
                upLink: PortalUpLink? = nil, unitListings: [UnitListing] = [], unitsByID: [String: UnitListing] = [:],
                sourceFolder: String = "") {
        self.site = site
        self.sourceFolder = sourceFolder
        self.analysis = analysis
        self.router = router
        self.district = district
        self.upLink = upLink
        self.unitListings = unitListings
        self.unitsByID = unitsByID
        let linked = LinkedPages.routes(of: site.pageLinks.linked, site: site, analysis: analysis, district: district)
            .mapValues { router.link(fromRoot: "", toPage: $0) }
        markdown = MarkdownRenderer(allowHTML: site.config.allowHTML, media: Set(site.media), pages: linked)
        pageLinkFingerprints = LinkedPages.fingerprints(of: site.pageLinks, paths: linked)
        address = SiteAddress(baseURL: upLink?.baseURL ?? site.config.baseURL, router: router)
    }

    /// The site's minutes by the month of their meeting, each month's in the site's order,
    /// worked out once for the minutes section and the bulletins.
    var minutesByMonth: [YearMonth: [Minutes]] {
        minutesByMonthMemo.value { Dictionary(grouping: site.minutes, by: \.date.yearMonth) }
    }

    /// The site's content sorted by month for the bulletins (`BulletinContent`), worked out once
    /// for all the pages and files that read it.
    var bulletinContent: BulletinContent {
        bulletinContentMemo.value { BulletinContent(self) }
    }

    /// The months that have a bulletin, oldest first (`BulletinContent.months`), worked out once.
    var bulletinMonths: [YearMonth] {
        bulletinMonthsMemo.value { BulletinContent.months(self) }
    }

    /// The chrome of a page of this site.
    public func chrome(title: String, route: Route, section: Route?, trail: [(String, Route)] = [],
                       description: String? = nil) -> PageChrome {
        let links = links(from: route)
        // The header is the same on every page with the same way back to the root, the same
        // current section and the same answer to whether the page is the section's own: made
        // once for each.
        let isSectionPage = route == section
        let header = headers.value(for: SiteHeader.Key(root: links.root, section: section, isSectionPage: isSectionPage)) {
            SiteHeader(config: site.config, links: links, section: section, isSectionPage: isSectionPage, upLink: upLink)
        }
        return PageChrome(config: site.config, title: title, links: links, header: header, trail: trail, description: description,
                          hasFeed: hasFeed)
    }

    /// The links written in the page at `route`.
    public func links(from route: Route) -> Links {
        Links(router: router, from: route)
    }

    /// What a page about one file decides on alone: that file, the file of the branch it
    /// names (whose name and kind it shows) and, for a branch merged into another, that one's
    /// (whose name its notice shows). See `Page.inputs`.
    /// A branch's own file is listed once (`file`, for a page about the branch itself). A unit's
    /// branch that a district's story names stands as `UnitBranchMention.input`.
    func inputFiles(_ file: String, branch id: String?) -> [String] {
        guard let id else { return [file] }
        if let unitBranch = UnitBranchMention(id, context: self) { return [file, unitBranch.input] }
        guard let files = site.files(ofBranch: id) else { return [file] }
        var inputs = [file]
        if files.own != file { inputs.append(files.own) }
        if let merged = files.mergedInto, merged != file { inputs.append(merged) }
        return inputs
    }
}

/// The district a unit's pages link up to, from inside the district's portal: its name and
/// where its pages lie.
public struct PortalUpLink: Sendable, Hashable {
    /// The district's organisation (`Đảng bộ huyện Giồng Riềng`).
    public var name: String
    public var router: Router
    /// The `base_url` of the portal the unit is built into (its top site's): the unit's pages
    /// lie under it, in the unit's folder, so the unit's feed and sitemap take their addresses
    /// from it, not from the unit's own `base_url`, which is the address of the unit built alone.
    public var baseURL: String
    /// What became of the unit, when the district lists it as dissolved or merged.
    public var ending: UnitEnding?
    /// The units the district lists as merged into this one, oldest merger first.
    public var merged: [MergedUnit]

    public init(name: String, router: Router, baseURL: String, ending: UnitEnding? = nil, merged: [MergedUnit] = []) {
        self.name = name
        self.router = router
        self.baseURL = baseURL
        self.ending = ending
        self.merged = merged
    }

    /// What the pages' fingerprints take of what became of the unit and of those merged into it.
    var mergersKey: String {
        ([ending?.key ?? ""] + merged.map(\.key)).joined(separator: "/")
    }
}
