/// The ranking published in the bulletin of the month its period closes: the top of the table,
/// the branches earning the "Chi bộ 4 tốt" title, and the summary sentences.
struct BulletinRanking: Encodable {
    /// `"Kết quả xếp loại năm 2024"`.
    var heading: String
    var rows: [BulletinRankingRow]
    var fourGood: [BranchMention]
    var hasFourGood: Bool
    var fourGoodSentence: String
    /// The title, as the rubric names it: "Chi bộ 4 tốt" by default.
    var fourGoodTitle: String
    /// False in a district, whose bulletin gives "Chi bộ 4 tốt" for the whole district apart
    /// (`BulletinDistrictFourGood`) rather than for its chi bộ trực thuộc alone.
    var showsFourGood: Bool
    var sentences: [String]
    var href: String

    /// How far down the table the bulletin prints: ranks up to this one.
    static let topRanks = 5

    /// The ranking of the branches of `site`; `isDistrict` when the site lists units, whose
    /// own branches are its chi bộ trực thuộc.
    init(_ ranking: Ranking, site: Site, links: Links, isDistrict: Bool = false) {
        heading = isDistrict
            ? "Kết quả xếp loại các chi bộ trực thuộc \(VietnameseFormat.period(ranking.period))"
            : "Kết quả xếp loại \(VietnameseFormat.period(ranking.period))"
        showsFourGood = !isDistrict
        rows = ranking.rows.prefix { $0.rank <= Self.topRanks }.map { row in
            BulletinRankingRow(rank: "\(row.rank)", branch: BranchMention(id: row.branchID, site: site, links: links, month: ranking.period.closingMonth),
                               total: VietnameseFormat.score(row.card.total), level: row.card.level?.name ?? "—",
                               fourGood: row.isFourGood ? ranking.titleMark : "")
        }
        fourGood = VietnameseCollation.sorted(ranking.rows.filter(\.isFourGood).map {
            BranchMention(id: $0.branchID, site: site, links: links, month: ranking.period.closingMonth)
        }) { $0.name }
        hasFourGood = !fourGood.isEmpty
        fourGoodSentence = ranking.fourGoodSentence
        fourGoodTitle = ranking.title
        sentences = [ranking.goodOrBetterSentence(for: .page)].compactMap { $0 } + ranking.lowerLevelSentences(for: .page)
        href = links.ranking(ranking.period)
    }
}

/// A line of the top of the ranking.
struct BulletinRankingRow: Encodable {
    var rank: String
    var branch: BranchMention
    var total: String
    var level: String
    /// `"4 tốt"` (`Ranking.titleMark`) or `""`.
    var fourGood: String
}
