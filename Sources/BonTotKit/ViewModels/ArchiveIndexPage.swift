/// `/luu-tru/`: every year with a yearly evaluation, newest first, with its headline results.
struct ArchiveIndexPage: Encodable {
    var chrome: PageChrome
    var years: [ArchiveYearLink]
    var hasYears: Bool

    init(rankings: [Ranking], context: PortalContext) {
        let links = context.links(from: .archiveIndex)
        chrome = context.chrome(title: "Lưu trữ thành tích", route: .archiveIndex, section: .archiveIndex)
        years = rankings.reversed().map { ArchiveYearLink($0, links: links) }
        hasYears = !years.isEmpty
    }
}

/// A year in the archive's list: "Năm 2024", linked, with its summary sentences.
struct ArchiveYearLink: Encodable {
    var name: String
    var href: String
    var sentences: [String]

    init(_ ranking: Ranking, links: Links) {
        name = "Năm \(ranking.period.year)"
        href = links.archive(ranking.period.year)
        sentences = ranking.summarySentences.map(PortalFormat.keepingPercents)
    }
}
