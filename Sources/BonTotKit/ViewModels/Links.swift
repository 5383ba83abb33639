/// The links written in one page: a thin wrapper over `Router` that knows the page, so view
/// models write `links.branch(id)`. Every link is relative and a link to a page ends in
/// `index.html`, so the portal works opened from disk (`file://`) as well as from a web server.
public struct Links: Sendable {
    public let router: Router
    /// The page the links are written in.
    public let page: Route
    /// The way back to the root of the site from the page (`../../`).
    public let root: String

    /// The links of `page` in the site of `router`.
    public init(router: Router = Router(), from page: Route) {
        self.router = router
        self.page = page
        root = router.root(from: page)
    }

    /// The link to `route`.
    public func to(_ route: Route) -> String {
        route.isPage ? router.link(fromRoot: root, toPage: route) : router.link(from: page, to: route)
    }
    /// The link to the home page.
    public var home: String { to(.home) }
    /// The link to a branch's profile.
    public func branch(_ id: String) -> String { to(.branch(id)) }
    /// The link to a period's ranking.
    public func ranking(_ period: Period) -> String { to(.ranking(period)) }
    /// The link to a story.
    public func story(_ slug: String) -> String { to(.story(slug)) }
    /// The link to a meeting's minutes.
    public func minutes(_ slug: String) -> String { to(.minutes(slug)) }
    /// The link to the meetings of a month.
    public func month(_ month: YearMonth) -> String { to(.minutesMonth(month)) }
    /// The link to a year's archive.
    public func archive(_ year: Int) -> String { to(.archive(year)) }
    /// The link to a month's bulletin.
    public func bulletin(_ month: YearMonth) -> String { to(.bulletin(month)) }
    /// A media file of the content, by its path relative to `content/` (`media/lu.jpg`).
    public func media(_ path: String) -> String { to(.media(path)) }
    /// A file of the theme, by its path inside the theme (`style.css`).
    public func asset(_ path: String) -> String { to(.asset(path)) }
}
