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
    public var nav: [NavLink]
    /// Breadcrumbs above the title, the last one being the current page.
    public var trail: [NavLink] { didSet { hasTrail = !trail.isEmpty } }
    /// Stored, not computed: templates read values through `Mirror`, which sees stored properties only.
    public private(set) var hasTrail: Bool

    /// The chrome of the page at `path`; `section` is the folder of the menu entry to mark current.
    public init(config: SiteConfig, title: String, path: String, section: String?, trail: [(String, String)] = [],
                description: String? = nil) {
        let links = Links(pagePath: path)
        siteTitle = config.title
        organization = config.organization
        parentOrganization = config.parent
        self.title = title
        self.description = description
        root = links.root
        stylesheet = links.asset("style.css")
        contentStylesheet = links.asset("content.css")
        homeHref = links.home
        nav = Self.sections.map { label, folder in
            NavLink(label: label, href: links.page(folder), current: folder == section)
        }
        self.trail = trail.map { NavLink(label: $0.0, href: links.page($0.1), current: false) }
        hasTrail = !trail.isEmpty
    }

    /// The menu: label and folder.
    static let sections: [(String, String)] = [
        ("Trang chủ", ""),
        ("Chi bộ", "chi-bo/"),
        ("Xếp hạng thi đua", "xep-hang/"),
        ("Sinh hoạt chi bộ", "sinh-hoat/"),
        ("Gương điển hình", "guong-dien-hinh/"),
        ("Bản tin", "ban-tin/"),
        ("Lưu trữ", "luu-tru/"),
    ]
}

/// A link in a menu or breadcrumb trail.
public struct NavLink: Encodable, Sendable {
    public var label: String
    public var href: String
    public var current: Bool
}
