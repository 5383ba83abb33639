extension Route {
    /// A route without its values: which kind of output it is. Every kind is listed, so the
    /// collision check can compare a route with every kind of output the router makes.
    public enum Kind: Hashable, Sendable, CaseIterable {
        case home, branchDirectory, branch, rankingIndex, ranking, rankingCSV, latestRankingCSV
        case storyIndex, story, storyTag, minutesIndex, minutesMonth, minutes
        case bulletinIndex, bulletin, bulletinPDF, archiveIndex, archive, asset, media
        case search, searchIndex, feed, sitemap, sitemapPart, unitDirectory, unitRankingIndex, unitRanking, unitRankingCSV, latestUnitRankingCSV

        /// A route of this kind with placeholder values: its components give the kind's layout.
        public var sample: Route {
            let period = Period(year: 2000), month = YearMonth(year: 2000, month: 1)
            switch self {
            case .home: return .home
            case .branchDirectory: return .branchDirectory
            case .branch: return .branch("x")
            case .rankingIndex: return .rankingIndex
            case .ranking: return .ranking(period)
            case .rankingCSV: return .rankingCSV(period)
            case .latestRankingCSV: return .rankingCSV(nil)
            case .storyIndex: return .storyIndex
            case .story: return .story("x")
            case .storyTag: return .storyTag("x")
            case .minutesIndex: return .minutesIndex
            case .minutesMonth: return .minutesMonth(month)
            case .minutes: return .minutes("x")
            case .bulletinIndex: return .bulletinIndex
            case .bulletin: return .bulletin(month)
            case .bulletinPDF: return .bulletinPDF(month)
            case .archiveIndex: return .archiveIndex
            case .archive: return .archive(2000)
            case .asset: return .asset("x")
            case .media: return .media(Route.mediaFolder + "/x")
            case .search: return .search
            case .searchIndex: return .searchIndex("x")
            case .feed: return .feed
            case .sitemap: return .sitemap
            case .sitemapPart: return .sitemapPart(1)
            case .unitDirectory: return .unitDirectory
            case .unitRankingIndex: return .unitRankingIndex
            case .unitRanking: return .unitRanking(period)
            case .unitRankingCSV: return .unitRankingCSV(period)
            case .latestUnitRankingCSV: return .unitRankingCSV(nil)
            }
        }

        /// What outputs of this kind are, Vietnamese and English, for messages.
        public var title: (vi: String, en: String) {
            switch self {
            case .home: return ("trang chủ", "the home page")
            case .branchDirectory: return ("danh sách chi bộ", "the branch directory")
            case .branch: return ("hồ sơ chi bộ", "the branch profiles")
            case .rankingIndex: return ("trang xếp hạng", "the ranking page")
            case .ranking: return ("các trang xếp hạng từng kỳ", "the ranking pages")
            case .rankingCSV, .latestRankingCSV: return ("bảng xếp hạng CSV", "the ranking CSV files")
            case .storyIndex: return ("trang gương điển hình", "the story index")
            case .story: return ("các bài viết", "the story pages")
            case .storyTag: return ("các trang chủ đề", "the tag pages")
            case .minutesIndex: return ("trang sinh hoạt chi bộ", "the minutes index")
            case .minutesMonth: return ("các trang tháng của biên bản", "the month pages of the minutes")
            case .minutes: return ("các biên bản", "the minutes pages")
            case .bulletinIndex: return ("trang bản tin", "the bulletin index")
            case .bulletin: return ("các bản tin tháng", "the monthly bulletins")
            case .bulletinPDF: return ("bản tin PDF", "the bulletin PDFs")
            case .archiveIndex: return ("trang lưu trữ", "the archive index")
            case .archive: return ("các trang lưu trữ từng năm", "the archive years")
            case .asset: return ("tệp giao diện", "the theme's files")
            case .media: return ("tệp media", "the media files")
            case .search: return ("trang tìm kiếm", "the search page")
            case .searchIndex: return ("chỉ mục tìm kiếm", "the search index")
            case .feed: return ("tệp feed", "the feed")
            case .sitemap: return ("sơ đồ trang", "the sitemap")
            case .sitemapPart: return ("các phần của sơ đồ trang", "the sitemap's parts")
            case .unitDirectory: return ("danh sách đơn vị", "the unit directory")
            case .unitRankingIndex: return ("trang xếp hạng đơn vị", "the unit ranking page")
            case .unitRanking: return ("các trang xếp hạng đơn vị từng kỳ", "the unit ranking pages")
            case .unitRankingCSV, .latestUnitRankingCSV: return ("bảng xếp hạng đơn vị CSV", "the unit ranking CSV files")
            }
        }

        /// How messages name the value a content file gives a route of this kind.
        public var valueName: (vi: String, en: String) {
            switch self {
            case .branch: return ("mã chi bộ", "branch id")
            case .story: return ("slug", "slug")
            case .storyTag: return ("chủ đề", "tag")
            case .minutes: return ("tên tệp biên bản", "minutes file name")
            case .ranking, .unitRanking: return ("kỳ đánh giá", "period")
            case .bulletin: return ("tháng bản tin", "bulletin month")
            case .media, .asset: return ("tệp", "file")
            default: return ("tên", "name")
            }
        }
    }

    /// The kind of this route.
    public var kind: Kind {
        switch self {
        case .home: return .home
        case .branchDirectory: return .branchDirectory
        case .branch: return .branch
        case .rankingIndex: return .rankingIndex
        case .ranking: return .ranking
        case .rankingCSV(let period): return period == nil ? .latestRankingCSV : .rankingCSV
        case .storyIndex: return .storyIndex
        case .story: return .story
        case .storyTag: return .storyTag
        case .minutesIndex: return .minutesIndex
        case .minutesMonth: return .minutesMonth
        case .minutes: return .minutes
        case .bulletinIndex: return .bulletinIndex
        case .bulletin: return .bulletin
        case .bulletinPDF: return .bulletinPDF
        case .archiveIndex: return .archiveIndex
        case .archive: return .archive
        case .asset: return .asset
        case .media: return .media
        case .search: return .search
        case .searchIndex: return .searchIndex
        case .feed: return .feed
        case .sitemap: return .sitemap
        case .sitemapPart: return .sitemapPart
        case .unitDirectory: return .unitDirectory
        case .unitRankingIndex: return .unitRankingIndex
        case .unitRanking: return .unitRanking
        case .unitRankingCSV(let period): return period == nil ? .latestUnitRankingCSV : .unitRankingCSV
        }
    }
}
