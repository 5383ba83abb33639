/// What the layout shows around every page: site names, the page title, the navigation and
/// the way back to the root for relative links.
public struct PageChrome: Encodable, Sendable {
    public var siteTitle: String
    public var organization: String
    public var parentOrganization: String?
    public var title: String
    public var description: String?
    public var root: String
    public var stylesheet: String
    /// The stylesheet of minutes, stories and bulletins.
    public var contentStylesheet: String
    /// The script that leaves a table's frame in the Tab order only while the table scrolls in
    /// it (`table-frames.js`); without it every frame stays a Tab stop.
    public var framesScript: String
    /// The search page, where the search box of every page sends its words.
    public var searchHref: String
    /// The site's Atom feed (`feed.xml`), when the build writes one (an absolute `base_url`):
    /// announced in every page's head, for feed readers and browsers to find.
    public var feedHref: String?
    /// The site's header with its menu, the same on every page of one folder and section.
    public var header: SiteHeader
    /// Breadcrumbs above the title, the last one being the current page.
    public var trail: [NavLink] { didSet { hasTrail = !trail.isEmpty } }
    /// Stored, not computed: templates read what the synthesized `Encodable` conformance gives (`TemplateValue`), stored properties only.
    public private(set) var hasTrail: Bool
    /// The title printed at the head of every sheet after the first, as a CSS string literal
    /// (`"Thành tích năm 2024"`): the layout's `<style>` puts it in the sheet's top margin
    /// (`@page { @top-left }`, styled by `style.css`), where WeasyPrint and Chromium alike print
    /// it (Chromium has no `string-set`), so that a sheet filed alone says what it belongs to.
    /// Nil on a page whose sheets carry no such head.
    public private(set) var runningTitle: String?

    /// The chrome of the page whose links are `links`, with `header` on top (`SiteHeader`) and
    /// `trail` the breadcrumbs above the title (label and page).
    /// `hasFeed` says whether the site has a feed to announce.
    public init(config: SiteConfig, title: String, links: Links, header: SiteHeader, trail: [(String, Route)] = [],
                description: String? = nil, hasFeed: Bool = false) {
        siteTitle = config.title
        organization = config.organization
        parentOrganization = config.parent
        self.title = title
        self.description = description
        root = links.root
        stylesheet = links.asset("style.css")
        contentStylesheet = links.asset("content.css")
        framesScript = links.asset("table-frames.js")
        searchHref = header.searchHref
        feedHref = hasFeed ? links.to(.feed) : nil
        self.header = header
        self.trail = trail.map { NavLink(label: $0.0, href: links.to($0.1), current: false) }
        hasTrail = !trail.isEmpty
    }

    /// This chrome, with `title` printed at the head of every sheet after the first.
    func headingSheets(with title: String) -> PageChrome {
        var chrome = self
        chrome.runningTitle = CSSString.literal(title)
        return chrome
    }

    /// The menu of a site, with the district's pages when it lists units.
    static func sections(hasUnits: Bool) -> [(String, Route)] {
        guard hasUnits else { return sections }
        var menu = sections
        menu.insert(("Đơn vị", .unitDirectory), at: 2)
        menu.insert(("Xếp hạng đơn vị", .unitRankingIndex), at: 4)
        return menu
    }

    /// The menu: label and page.
    static let sections: [(String, Route)] = [
        ("Trang chủ", .home),
        ("Chi bộ", .branchDirectory),
        ("Xếp hạng thi đua", .rankingIndex),
        ("Sinh hoạt chi bộ", .minutesIndex),
        ("Gương điển hình", .storyIndex),
        ("Bản tin", .bulletinIndex),
        ("Lưu trữ", .archiveIndex),
    ]
}

/// The top of every page: the committee above (or, for a unit inside a district portal, the
/// link up to the district's home), the site's title, the search box and the menu with the
/// current section marked. The theme renders it once per distinct value
/// (`partials/cached/site-header`, see `CachedPartials`).
public struct SiteHeader: Encodable, Sendable, SharesForm {
    public var siteTitle: String
    public var parentOrganization: String?
    public var homeHref: String
    public var searchHref: String
    public var nav: [NavLink]
    /// For a unit inside a district portal, the link up to the district's home, in place of the
    /// name of the committee above.
    public var district: NavLink?
    /// The renderer's form of the header, made for its first page (the header is made once for
    /// each folder and section, `PortalContext.chrome`); not a field templates see.
    public let sharedForm = SharedForm()

    private enum CodingKeys: String, CodingKey {
        case siteTitle, parentOrganization, homeHref, searchHref, nav, district
    }

    /// The header of the page whose links are `links`; `section` is the menu entry to mark
    /// current, `isSectionPage` whether the page is that entry's own page (else one inside the
    /// section: a branch's profile under "Chi bộ"), `upLink` the district above a unit inside a
    /// district portal.
    public init(config: SiteConfig, links: Links, section: Route?, isSectionPage: Bool = true, upLink: PortalUpLink? = nil) {
        siteTitle = config.title
        parentOrganization = config.parent
        homeHref = links.home
        searchHref = links.to(.search)
        nav = PageChrome.sections(hasUnits: !config.units.isEmpty).map { label, entry in
            NavLink(label: label, href: links.to(entry), current: entry == section,
                    ariaCurrent: entry != section ? nil : isSectionPage ? "page" : "true")
        }
        district = upLink.map {
            NavLink(label: $0.name, href: links.router.link(from: links.page, to: .home, in: $0.router), current: false)
        }
    }

    /// What tells two pages' headers apart within one site: the way back to the root, which
    /// every link of the header starts from, the current section, and whether the page is the
    /// section's own.
    struct Key: Hashable, Sendable {
        var root: String
        var section: Route?
        var isSectionPage: Bool
    }
}

/// A link in a menu or breadcrumb trail.
public struct NavLink: Encodable, Sendable {
    public var label: String
    public var href: String
    public var current: Bool
    /// The menu's `aria-current` for a current entry: `page` on the entry's own page, `true` on a
    /// page inside its section (a screen reader then says the section is current, not that the
    /// link leads to the page being read); nil elsewhere.
    public var ariaCurrent: String?

    public init(label: String, href: String, current: Bool, ariaCurrent: String? = nil) {
        self.label = label
        self.href = href
        self.current = current
        self.ariaCurrent = ariaCurrent
    }
}
