/// Relative links between portal pages. Every link ends in `index.html` so the portal works
/// opened from disk (`file://`) as well as from a web server, at its root or under a sub-path.
public struct Links: Sendable {
    /// The way back to the portal root from the current page (`../../`).
    public let root: String

    public init(root: String) {
        self.root = root
    }

    public init(pagePath: String) {
        root = Page.root(for: pagePath)
    }

    public func page(_ path: String) -> String { root + path + "index.html" }
    public var home: String { page("") }
    public func branch(_ id: String) -> String { page(BranchPaths.profile(id)) }
    public func ranking(_ period: Period) -> String { page(RankingPaths.period(period)) }
    public func story(_ slug: String) -> String { page("guong-dien-hinh/\(slug)/") }
    public func tag(_ tag: String) -> String { page("guong-dien-hinh/chu-de/\(Slug.fold(tag))/") }
    public func minutes(_ slug: String) -> String { page("sinh-hoat/\(slug)/") }
    public func month(_ month: YearMonth) -> String { page("sinh-hoat/\(month.year)/\(CalendarDate.pad(month.month))/") }
    public func archive(_ year: Int) -> String { page("luu-tru/\(year)/") }
    public func bulletin(_ month: YearMonth) -> String { page("ban-tin/\(month)/") }
    /// A media file of the content, copied to `media/` in the portal.
    public func media(_ path: String) -> String { root + path }
    public func asset(_ path: String) -> String { root + "assets/" + path }
}

/// Folders of branch pages.
public enum BranchPaths {
    public static let directory = "chi-bo/"
    public static func profile(_ id: String) -> String { "chi-bo/\(id)/" }
}

/// Folders of ranking pages.
public enum RankingPaths {
    public static let latest = "xep-hang/"
    public static func period(_ period: Period) -> String { "xep-hang/\(period)/" }
}
