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
    public var homeHref: String
    /// The search page, where the search box of every page sends its words.
    public var searchHref: String
    public var nav: [NavLink]
    /// Breadcrumbs above the title, the last one being the current page.
    public var trail: [NavLink] { didSet { hasTrail = !trail.isEmpty } }
    /// Stored, not computed: templates read values through `Mirror`, which sees stored properties only.
    public private(set) var hasTrail: Bool

    /// The chrome of the page at `route` in the site of `router`; `section` is the menu entry to
    /// mark current, `trail` the breadcrumbs above the title (label and page).
    public init(config: SiteConfig, title: String, route: Route, router: Router = Router(), section: Route?,
                trail: [(String, Route)] = [], description: String? = nil) {
        let links = Links(router: router, from: route)
        siteTitle = config.title
        organization = config.organization
        parentOrganization = config.parent
        self.title = title
        self.description = description
        root = links.root
        stylesheet = links.asset("style.css")
        contentStylesheet = links.asset("content.css")
        homeHref = links.home
        searchHref = links.to(.search)
        nav = Self.sections.map { label, entry in
            NavLink(label: label, href: links.to(entry), current: entry == section)
        }
        self.trail = trail.map { NavLink(label: $0.0, href: links.to($0.1), current: false) }
        hasTrail = !trail.isEmpty
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

/// A link in a menu or breadcrumb trail.
public struct NavLink: Encodable, Sendable {
    public var label: String
    public var href: String
    public var current: Bool
}
