/// `/luu-tru/`: every year of the archive (`ArchiveYear`), newest first, with its headline
/// results.
struct ArchiveIndexPage: Encodable {
    var chrome: PageChrome
    var years: [ArchiveYearLink]
    var hasYears: Bool

    init(years archived: [ArchiveYear], context: PortalContext) {
        let links = context.links(from: .archiveIndex)
        chrome = context.chrome(title: "Lưu trữ thành tích", route: .archiveIndex, section: .archiveIndex)
        years = archived.reversed().map { ArchiveYearLink($0, site: context.site, links: links) }
        hasYears = !years.isEmpty
    }
}

/// A year in the archive's list: "Năm 2024", linked, with its summary sentences; a year not
/// scored as a whole says so, and what it holds.
struct ArchiveYearLink: Encodable {
    var name: String
    var href: String
    var sentences: [String]

    init(_ archived: ArchiveYear, site: Site, links: Links) {
        let year = archived.year
        name = "Năm \(year)"
        href = links.archive(year)
        guard let ranking = archived.ranking else {
            let awards = site.branches.reduce(0) { $0 + $1.awards.filter { $0.year == year }.count }
            let stories = site.stories.filter { $0.date.year == year }.count
            sentences = [ArchiveYearPage.unrankedSentence(year)]
                + (awards > 0 ? ["\(VietnameseFormat.count(awards)) hình thức khen thưởng."] : [])
                + (stories > 0 ? ["\(VietnameseFormat.count(stories)) bài viết gương điển hình."] : [])
            return
        }
        sentences = ranking.summarySentences(for: .page)
    }
}
