/// The search index: every branch, story and meeting as a `SearchEntry`, in parts the search
/// page loads as scripts (browsers refuse to fetch JSON from `file://`), only those the reader
/// searches in: the branches, the stories, and the minutes of each year, or of each month when a
/// year holds more than `maxEntriesPerPart` meetings, so no part weighs more than a few MB.
public enum SearchIndex {
    /// One part of the index, written to `tim-kiem/chi-muc-<name>.js`.
    public struct Part: Sendable {
        /// `ho-so`, `guong`, `bien-ban-2024` or `bien-ban-2024-09`.
        public var name: String
        /// What the search page offers to search in when it loads this part.
        public var scope: Scope
        /// How many entries the part holds.
        public var count: Int
        /// The input files (relative to the site) that decide the entry at an index, with
        /// `site.yaml`: listed only when a fingerprint is needed, not for the search page's list.
        var inputsOfEntry: @Sendable (Int) -> [String]
        /// Makes the entry at an index.
        var makeEntry: @Sendable (Int) -> SearchEntry

        init<Item: Sendable>(name: String, scope: Scope, items: [Item], inputs: @escaping @Sendable (Item) -> [String],
                             entry: @escaping @Sendable (Item) -> SearchEntry) {
            self.name = name
            self.scope = scope
            count = items.count
            inputsOfEntry = { inputs(items[$0]) }
            makeEntry = { entry(items[$0]) }
        }

        /// The input files that decide the part, listed now.
        public var inputs: [String] { (0..<count).flatMap(inputsOfEntry) }

        /// The entries, made now.
        public var entries: [SearchEntry] { (0..<count).map(makeEntry) }
        public var route: Route { .searchIndex(name) }
        /// The part as a script: one call of the search page's `bontotSearch.add`.
        public var script: String { SearchIndex.script(name: name, lines: entries.map(\.json)) }
    }

    /// A part by its name and scope alone: what a district's search page needs of a unit's part.
    public struct PartName: Hashable, Sendable, Codable {
        public var name: String
        public var scope: Scope
    }

    /// What a reader can choose to search in.
    public struct Scope: Hashable, Sendable, Codable {
        /// The name of the parts it loads, or the start of their names (`bien-ban`).
        public var value: String
        public var label: String
    }

    /// A year of minutes with more meetings than this is split by month.
    public static let maxEntriesPerPart = 2_000
    /// How much of a body the index carries, in characters.
    public static let minutesBodyLimit = 500
    public static let storyBodyLimit = 2_000
    public static let branchBodyLimit = 1_000

    static let branchPart = Scope(value: "ho-so", label: "Hồ sơ chi bộ")
    static let storyPart = Scope(value: "guong", label: "Gương điển hình")
    static let minutesPart = Scope(value: "bien-ban", label: "Biên bản sinh hoạt (mọi năm)")

    /// The parts of the site's index, in a fixed order: branches, stories, minutes newest first.
    public static func parts(_ context: PortalContext, maxEntriesPerPart limit: Int = maxEntriesPerPart) -> [Part] {
        let site = context.site
        // A merged branch's entry names the branch it went into.
        var parts = [Part(name: branchPart.value, scope: branchPart, items: site.branches,
                          inputs: { context.inputFiles($0.source.file, branch: $0.id) }) {
            entry(branch: $0, context: context)
        }]
        parts.append(Part(name: storyPart.value, scope: storyPart, items: site.stories,
                          inputs: { context.inputFiles($0.source.file, branch: $0.branchID) }) {
            entry(story: $0, context: context)
        })
        let years = Dictionary(grouping: site.minutes, by: \.date.year)
        for year in years.keys.sorted(by: >) {
            let meetings = years[year] ?? []
            let scope = Scope(value: "\(minutesPart.value)-\(year)", label: "Biên bản năm \(year)")
            let groups = meetings.count > limit
                ? Dictionary(grouping: meetings, by: \.date.month).sorted { $0.key > $1.key }
                    .map { ("\(scope.value)-\(CalendarDate.pad($0.key))", $0.value) }
                : [(scope.value, meetings)]
            for (name, group) in groups {
                parts.append(Part(name: name, scope: scope, items: Array(group.reversed()),
                                  inputs: { context.inputFiles($0.source.file, branch: $0.branchID) }) {
                    entry(minutes: $0, context: context)
                })
            }
        }
        return parts
    }

    /// What the search page offers: everything, each section, and the minutes of each year of
    /// `parts` (the site's and, in a district, its units'), newest first.
    public static func scopes(_ parts: [Scope]) -> [Scope] {
        let fixed = [Scope(value: "", label: "Toàn bộ cổng thông tin"), branchPart, storyPart, minutesPart]
        let years = Set(parts).subtracting(fixed).sorted { $0.value > $1.value }
        return fixed + years
    }

    /// The script of a part: `bontotSearch.add("<name>",[…]);`, one entry (its JSON) per line.
    public static func script(name: String, lines: [String]) -> String {
        "bontotSearch.add(\(JSONText.string(name)),[\n" + lines.joined(separator: ",\n") + "\n]);\n"
    }

    static func entry(branch: Branch, context: PortalContext) -> SearchEntry {
        SearchEntry(section: .branch, title: branch.name, href: context.links(from: .search).branch(branch.id),
                    // What became of a branch that no longer exists comes first, as on its profile.
                    meta: [EndingNotice.of(branch, site: context.site, links: nil, short: true)?.text, branch.address]
                        .compactMap { $0 }.joined(separator: " "),
                    tags: [branch.kind.displayName] + (branch.cluster.map { [context.site.config.clusterName($0)] } ?? []),
                    people: (branch.secretary.map { [$0] } ?? []) + branch.deputies + branch.committee,
                    summary: branch.summary ?? "",
                    body: MarkdownRenderer.plainText(branch.introduction, limit: branchBodyLimit), date: "")
    }

    static func entry(story: Story, context: PortalContext) -> SearchEntry {
        let branch = BranchMention.name(of: story, context: context)
        return SearchEntry(section: .story, title: story.title, href: context.links(from: .search).story(story.slug),
                           meta: ([VietnameseFormat.shortDate(story.date)] + (branch.map { [$0] } ?? [])).joined(separator: " · "),
                           tags: story.tags + [story.kind.displayName], people: story.person.map { [$0] } ?? [],
                           summary: story.summary ?? "",
                           body: MarkdownRenderer.plainText(story.body, limit: storyBodyLimit), date: story.date.description)
    }

    static func entry(minutes meeting: Minutes, context: PortalContext) -> SearchEntry {
        let branch = context.site.branch(id: meeting.branchID)?.name ?? meeting.branchID
        let people = [meeting.chair, meeting.recorder].compactMap { $0 } + meeting.guests + meeting.absent.map(\.name)
        let summary = ([meeting.topic].compactMap { $0 } + meeting.resolutions.map(\.text)).joined(separator: ". ")
        return SearchEntry(section: .minutes, title: "\(MinutesText.title(meeting)) — \(branch)",
                           href: context.links(from: .search).minutes(meeting.slug), meta: branch,
                           tags: [meeting.kind.displayName], people: people, summary: summary,
                           body: MarkdownRenderer.plainText(meeting.body, limit: minutesBodyLimit), date: meeting.date.description)
    }
}
