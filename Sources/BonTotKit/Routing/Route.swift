/// One output of the portal, named by what it is rather than where it lies: the home page, a
/// branch's profile, a ranking's CSV, an asset. Only `Router` turns a route into a path, so no
/// other code spells a folder name. Pages are written as `<folder>/index.html`; the other routes
/// (CSV, PDF, assets, media, feed, sitemap) are files.
public enum Route: Hashable, Sendable, Codable {
    /// `/`: the home page.
    case home
    /// `/chi-bo/`: the directory of branches.
    case branchDirectory
    /// `/chi-bo/<id>/`: a branch's profile.
    case branch(String)
    /// `/xep-hang/`: the latest ranking and the list of periods.
    case rankingIndex
    /// `/xep-hang/<period>/`: the ranking of one evaluation.
    case ranking(Period)
    /// `bang-xep-hang.csv` beside a ranking page; nil is the latest ranking's, beside `/xep-hang/`.
    case rankingCSV(Period?)
    /// `/guong-dien-hinh/`: every story and the index of tags.
    case storyIndex
    /// `/guong-dien-hinh/<slug>/`: one story.
    case story(String)
    /// `/guong-dien-hinh/chu-de/<slug>/`: the stories of one tag, by its folded slug.
    case storyTag(String)
    /// `/sinh-hoat/`: the compliance grid and the list of months.
    case minutesIndex
    /// `/sinh-hoat/<yyyy>/<mm>/`: the meetings of one month.
    case minutesMonth(YearMonth)
    /// `/sinh-hoat/<slug>/`: one meeting's minutes.
    case minutes(String)
    /// `/ban-tin/`: every monthly bulletin.
    case bulletinIndex
    /// `/ban-tin/<yyyy-mm>/`: one month's bulletin.
    case bulletin(YearMonth)
    /// `ban-tin-<yyyy-mm>.pdf` beside the month's bulletin.
    case bulletinPDF(YearMonth)
    /// `/luu-tru/`: the years of the archive.
    case archiveIndex
    /// `/luu-tru/<yyyy>/`: one year's achievements.
    case archive(Int)
    /// A file of the theme (`style.css`), by its path inside the theme, copied to `assets/`.
    case asset(String)
    /// A media file of the content, by its path relative to `content/` (`media/lu.jpg`), copied
    /// to the same path in the portal.
    case media(String)
    /// `/tim-kiem/`: search across branches, stories and minutes.
    case search
    /// `tim-kiem/chi-muc-<part>.js`: one part of the search index (`chi-bo`, `sinh-hoat-2024`), a
    /// script the search page loads, because browsers refuse to fetch JSON from `file://`.
    case searchIndex(String)
    /// `/feed.xml`: the Atom feed of stories and bulletins.
    case feed
    /// `/sitemap.xml`: the sitemap; past the protocol's limits, the index of its parts.
    case sitemap
    /// `sitemap-<n>.xml`, from 1: a part of a sitemap too large for one file (`Sitemap`).
    case sitemapPart(Int)
    /// `/don-vi/`: a district's list of its units (đảng bộ cơ sở).
    case unitDirectory
    /// `/xep-hang-don-vi/`: the latest ranking of a district's units and the list of periods.
    case unitRankingIndex
    /// `/xep-hang-don-vi/<period>/`: the ranking of a district's units in one period.
    case unitRanking(Period)
    /// The CSV beside a unit ranking page; nil is the latest one's, beside `/xep-hang-don-vi/`.
    case unitRankingCSV(Period?)
}
