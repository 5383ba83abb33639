/// The Atom feed of the portal (`feed.xml`): its stories and monthly bulletins, newest first,
/// with absolute links from `base_url`. Each entry's id is its page's address and its dates come
/// from the content (a story's date; a bulletin's latest meeting or story, its units' in a
/// district), so two builds of the same content give the same bytes and a reader never sees an
/// entry twice.
public enum AtomFeed {
    /// One entry of the feed.
    public struct Entry: Equatable, Sendable {
        public var title: String
        public var url: String
        public var updated: CalendarDate
        public var summary: String?
        public var categories: [String]
        public var author: String?
    }

    /// An entry as its site knows it, by route, wherever the site lies: a district places its
    /// units' items under their folders.
    public struct Item: Equatable, Sendable, Codable {
        public var title: String
        public var route: Route
        public var updated: CalendarDate
        public var summary: String?
        public var categories: [String]
        public var author: String?
    }

    /// The feed's text for the site of `context`, at `address`.
    public static func text(_ context: PortalContext, address: SiteAddress) -> String {
        let items = entries(context, address: address)
        let config = context.site.config
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(language(config.language))\">\n"
        xml += "  <title>\(MarkupText.escape(config.title))</title>\n"
        xml += "  <subtitle>\(MarkupText.escape("Gương điển hình và bản tin của \(config.organization)"))</subtitle>\n"
        xml += "  <id>\(MarkupText.escape(address.url(.home)))</id>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(MarkupText.escape(address.url(.home)))\"/>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(MarkupText.escape(address.url(.feed)))\"/>\n"
        let latest = items.map(\.updated).max() ?? CalendarDate(year: 2000, month: 1, day: 1)!
        xml += "  <updated>\(timestamp(latest))</updated>\n"
        xml += "  <author><name>\(MarkupText.escape(config.organization))</name></author>\n"
        for item in items {
            xml += "  <entry>\n"
            xml += "    <title>\(MarkupText.escape(item.title))</title>\n"
            xml += "    <id>\(MarkupText.escape(item.url))</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(MarkupText.escape(item.url))\"/>\n"
            xml += "    <published>\(timestamp(item.updated))</published>\n"
            xml += "    <updated>\(timestamp(item.updated))</updated>\n"
            if let author = item.author { xml += "    <author><name>\(MarkupText.escape(author))</name></author>\n" }
            for category in item.categories { xml += "    <category term=\"\(MarkupText.escape(category))\"/>\n" }
            if let summary = item.summary, !summary.isEmpty { xml += "    <summary>\(MarkupText.escape(summary))</summary>\n" }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// The entries of the site of `context`, and for a district those of every unit below it
    /// (each unit's name among its categories), newest first, then by address; a district's
    /// feed keeps the newest `maxMergedEntries`. A unit's bulletin is titled with its unit's
    /// name ("Bản tin tháng 9 năm 2024 — Đảng bộ xã Bình Minh"), and two levels down with the
    /// units it lies in too, as its search results are ("… — Đảng bộ xã Ấp Bắc · Đảng bộ huyện
    /// Giồng Riềng" in a province), for every unit's bulletin of a month and the site's own share
    /// the month's title; its id, its page's address, stays. Its category is its unit's own name,
    /// then, two levels down, those of the units it lies in (`Đảng bộ xã Ấp Bắc`, `Đảng bộ huyện
    /// Giồng Riềng` for a commune's entry in a province): a reader following a district's
    /// category finds its communes' entries with the district's own.
    public static func entries(_ context: PortalContext, address: SiteAddress) -> [Entry] {
        var entries = items(context).map { Entry($0, address: address) }
        for unit in context.unitListings {
            let placed = address.placed(at: unit.router)
            entries += unit.feed.map { item in
                var entry = Entry(item, address: placed)
                if case .bulletin = item.route { entry.title = BulletinTitle.named(item.title, by: unit.nameWithPlace) }
                entry.categories += [unit.name] + unit.place
                if entry.author == nil { entry.author = unit.name }
                return entry
            }
        }
        let sorted = entries.sorted { ($1.updated, $0.url) < ($0.updated, $1.url) }
        return context.unitListings.isEmpty ? sorted : Array(sorted.prefix(maxMergedEntries))
    }

    /// How many entries a district's feed keeps, the newest, of its own and its units'.
    public static let maxMergedEntries = 100

    /// The site's own stories and bulletins, newest first, each by its route. A bulletin is
    /// dated by the latest meeting or story it reports: the site's, and in a district its units'
    /// (their bulletins of the month), for the district's bulletin reports what they did too;
    /// a month with none of either, by its first day.
    public static func items(_ context: PortalContext) -> [Item] {
        let site = context.site
        var items = site.stories.map { story in
            Item(title: story.title, route: .story(story.slug), updated: story.date,
                 summary: story.summary, categories: story.tags, author: story.person)
        }
        let content = context.bulletinContent
        let unitBulletins = Dictionary(grouping: context.unitListings.flatMap(\.feed), by: \.route)
        for month in context.bulletinMonths {
            let dates = (content.minutes[month] ?? []).map(\.date) + (content.stories[month] ?? []).map(\.date)
                + (unitBulletins[.bulletin(month)] ?? []).map(\.updated)
            let editorial = content.editorials[month]
            items.append(Item(title: BulletinTitle.of(month) + (editorial?.title.map { ": \($0)" } ?? ""),
                              route: .bulletin(month),
                              updated: dates.max() ?? CalendarDate(year: month.year, month: month.month, day: 1)!,
                              summary: editorial.map { MarkdownRenderer.plainText($0.body, limit: 300) }
                                  ?? BulletinFeedSummary.text(month, content: content, context: context),
                              categories: ["Bản tin"],
                              author: nil))
        }
        let router = Router()
        return items.sorted { ($1.updated, router.path($0.route)) < ($0.updated, router.path($1.route)) }
    }

    /// The feed's `xml:lang`: `language` from `site.yaml` when it is a language tag (`vi`,
    /// `vi-VN`), as XML and Atom require; else `vi`, the language of every page
    /// (`language: Tiếng Việt` made the feed invalid).
    static func language(_ language: String) -> String {
        let subtags = language.split(separator: "-", omittingEmptySubsequences: false)
        let valid = !language.isEmpty && subtags.allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
            && subtags[0].allSatisfy(\.isLetter)
        return valid ? language : "vi"
    }

    /// Midnight of `date` in Vietnam: `2024-09-05T00:00:00+07:00`.
    static func timestamp(_ date: CalendarDate) -> String {
        "\(date.description)T00:00:00+07:00"
    }
}

extension AtomFeed.Entry {
    /// The entry of `item` at `address`.
    init(_ item: AtomFeed.Item, address: SiteAddress) {
        self.init(title: item.title, url: address.url(item.route), updated: item.updated, summary: item.summary,
                  categories: item.categories, author: item.author)
    }
}
