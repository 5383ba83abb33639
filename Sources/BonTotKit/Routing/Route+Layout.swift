/// The layout of the portal: the one table of folder and file names. Every path the build
/// writes and every link it makes comes from here, through `Router`.
extension Route {
    /// The components of the route's path inside its site, from the site's root: the folders of
    /// a page, or the folders and name of a file.
    public var components: [RouteComponent] {
        switch self {
        case .home: return []
        case .branchDirectory: return [.fixed("chi-bo")]
        case .branch(let id): return [.fixed("chi-bo"), .value(id, .slug)]
        case .rankingIndex: return [.fixed("xep-hang")]
        case .ranking(let period): return [.fixed("xep-hang"), .value(period.description, .period)]
        case .rankingCSV(let period): return Route.rankingIndex.components + Self.csv(period)
        case .storyIndex: return [.fixed("guong-dien-hinh")]
        case .story(let slug): return [.fixed("guong-dien-hinh"), .value(slug, .slug)]
        case .storyTag(let slug): return [.fixed("guong-dien-hinh"), .fixed("chu-de"), .value(slug, .slug)]
        case .minutesIndex: return [.fixed("sinh-hoat")]
        case .minutesMonth(let month):
            return [.fixed("sinh-hoat"), .value("\(month.year)", .year), .value(CalendarDate.pad(month.month), .month)]
        case .minutes(let slug): return [.fixed("sinh-hoat"), .value(slug, .slug)]
        case .bulletinIndex: return [.fixed("ban-tin")]
        case .bulletin(let month): return [.fixed("ban-tin"), .value(month.description, .yearMonth)]
        case .bulletinPDF(let month): return Route.bulletin(month).components + [.value("ban-tin-\(month).pdf", .fileName)]
        case .archiveIndex: return [.fixed("luu-tru")]
        case .archive(let year): return [.fixed("luu-tru"), .value("\(year)", .year)]
        case .asset(let path): return [.fixed("assets"), .value(path, .filePath)]
        case .media(let path): return Self.media(path)
        case .search: return [.fixed("tim-kiem")]
        case .searchIndex(let part): return Route.search.components + [.value("chi-muc-\(part).js", .fileName)]
        case .feed: return [.fixed("feed.xml")]
        case .sitemap: return [.fixed("sitemap.xml")]
        case .sitemapPart(let number): return [.value("sitemap-\(number).xml", .fileName)]
        case .unitDirectory: return [.fixed("don-vi")]
        case .unitRankingIndex: return [.fixed("xep-hang-don-vi")]
        case .unitRanking(let period): return [.fixed("xep-hang-don-vi"), .value(period.description, .period)]
        case .unitRankingCSV(let period): return Route.unitRankingIndex.components + Self.csv(period)
        }
    }

    /// True for a page (a folder with its `index.html`), false for a file written as it is.
    public var isPage: Bool {
        switch self {
        case .home, .branchDirectory, .branch, .rankingIndex, .ranking, .storyIndex, .story, .storyTag,
             .minutesIndex, .minutesMonth, .minutes, .bulletinIndex, .bulletin, .archiveIndex, .archive,
             .search, .unitDirectory, .unitRankingIndex, .unitRanking:
            return true
        case .rankingCSV, .unitRankingCSV, .bulletinPDF, .asset, .media, .searchIndex, .feed, .sitemap, .sitemapPart:
            return false
        }
    }

    /// The folder that holds the media of the content, in `content/` and in the portal alike.
    static let mediaFolder = "media"

    /// The name of a page's file inside its folder.
    static let pageFileName = "index.html"

    /// The CSV of a ranking, in the folder of its period (or of the latest ranking).
    private static func csv(_ period: Period?) -> [RouteComponent] {
        (period.map { [.value($0.description, .period)] } ?? []) + [.fixed("bang-xep-hang.csv")]
    }

    /// `media/lu.jpg` → the media folder, then the rest of the path, in the spelling the portal
    /// gives it (`FileNameSpelling.published`).
    private static func media(_ path: String) -> [RouteComponent] {
        let prefix = mediaFolder + "/", path = FileNameSpelling.published(path)
        guard path.hasPrefix(prefix) else { return [.value(path, .filePath)] }
        return [.fixed(mediaFolder), .value(String(path.dropFirst(prefix.count)), .filePath)]
    }
}
