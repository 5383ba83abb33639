/// What stands above a ranking table: the sentences for reports, how many branches each level
/// holds, and how many earn the title ("Chi bộ 4 tốt" unless the rubric names another).
struct RankingSummaryView: Encodable {
    var sentences: [String]
    /// The title, as the rubric names it (`Ranking.title`).
    var fourGoodTitle: String
    var levels: [RankingLevelCountView]
    /// "03", zero-padded as in official sentences.
    var fourGoodCount: String
    var rankedCount: String

    init(_ ranking: Ranking) {
        sentences = ranking.summarySentences(for: .page)
        fourGoodTitle = ranking.title
        let ranked = ranking.rows.count
        levels = ranking.levelCounts.map { RankingLevelCountView($0, ranked: ranked) }
        fourGoodCount = VietnameseFormat.count(ranking.fourGoodCount)
        rankedCount = VietnameseFormat.count(ranked)
    }
}

/// One level and how many branches it holds: "02 chi bộ (40 %)".
struct RankingLevelCountView: Encodable {
    var badge: LevelBadge
    var count: String
    var share: String

    init(_ levelCount: LevelCount, ranked: Int) {
        badge = LevelBadge(levelCount.level)
        count = VietnameseFormat.count(levelCount.count)
        share = VietnameseFormat.percent(ranked > 0 ? Double(levelCount.count) / Double(ranked) : 0, for: .page)
    }
}
