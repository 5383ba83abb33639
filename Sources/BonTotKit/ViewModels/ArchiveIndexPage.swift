/// `/luu-tru/`: every year of the archive (`ArchiveYear`), newest first, with its headline
/// results; in a district, its units' before its own branches'.
struct ArchiveIndexPage: Encodable {
    var chrome: PageChrome
    /// What the archive holds: "Thành tích của các chi bộ qua từng năm: …", in a district of its
    /// units and its chi bộ trực thuộc.
    var lead: String
    var years: [ArchiveYearLink]
    var hasYears: Bool

    init(years archived: [ArchiveYear], context: PortalContext) {
        let links = context.links(from: .archiveIndex)
        chrome = context.chrome(title: "Lưu trữ thành tích", route: .archiveIndex, section: .archiveIndex)
        let branchTitle = RankingSubject.branches.title(of: context.site.rubric)
        lead = context.district.map { district in
            "Thành tích của các \(district.unitsNoun) và chi bộ trực thuộc qua từng năm: kết quả xếp hạng, "
                + "danh hiệu “\(district.unitSubject.title(of: district.rubric))”, “\(branchTitle)”, khen thưởng và bảng vàng."
        } ?? "Thành tích của các chi bộ qua từng năm: kết quả xếp hạng, danh hiệu “\(branchTitle)”, khen thưởng và bảng vàng."
        years = archived.reversed().map { ArchiveYearLink($0, site: context.site, links: links) }
        hasYears = !years.isEmpty
    }
}

/// A year in the archive's list: "Năm 2024", linked, with its summary sentences (in a
/// district, its units' first); a year not scored as a whole says so, and what it holds.
struct ArchiveYearLink: Encodable {
    var name: String
    var href: String
    var sentences: [String]

    init(_ archived: ArchiveYear, site: Site, links: Links) {
        let year = archived.year
        name = "Năm \(year)"
        href = links.archive(year)
        let units = archived.unitRanking?.summarySentences(for: .page) ?? []
        guard let ranking = archived.ranking else {
            let awards = site.branches.reduce(0) { $0 + $1.awards.filter { $0.year == year }.count }
            let stories = site.stories.filter { $0.date.year == year }.count
            sentences = units + [ArchiveYearPage.unrankedSentence(year, ranked: ArchiveYearPage.rankedBranches(site))]
                + (awards > 0 ? ["\(VietnameseFormat.count(awards)) hình thức khen thưởng."] : [])
                + (stories > 0 ? ["\(VietnameseFormat.count(stories)) bài viết gương điển hình."] : [])
            return
        }
        sentences = units + ranking.summarySentences(for: .page)
    }
}
