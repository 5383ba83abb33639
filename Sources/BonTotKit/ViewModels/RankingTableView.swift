/// A ranking as a table: caption, one column per criterion, one row per branch with its ranks,
/// scores, level badge and 4-tốt mark, and the reasons of those who miss the title. Made for
/// the page at `links.root`, so the same ranking links correctly from any folder.
struct RankingTableView {
    var caption: String
    /// True when branches declare clusters: the table then has a "Hạng trong cụm" column.
    var hasClusters: Bool
    var criteria: [RankingColumnView]
    var rows: [RankingRowView]
    /// Branches that miss the "Chi bộ 4 tốt" title, with why.
    var missingFourGood: [RankingReasonView]
    var hasMissingFourGood: Bool

    init(_ ranking: Ranking, caption: String, links: Links, knownBranches: Set<String>, config: SiteConfig) {
        self.caption = caption
        hasClusters = !ranking.clusters.isEmpty
        criteria = ranking.rubric.criteria.map(RankingColumnView.init)
        rows = ranking.rows.map { RankingRowView($0, links: links, linked: knownBranches.contains($0.branchID), config: config) }
        missingFourGood = ranking.rows.filter { !$0.isFourGood }.map(RankingReasonView.init)
        hasMissingFourGood = !missingFourGood.isEmpty
    }
}

/// The header of a criterion column: its name and its maximum ("tối đa 30").
struct RankingColumnView {
    var name: String
    var maximum: String

    init(_ criterion: Criterion) {
        name = criterion.name
        maximum = "tối đa " + VietnameseFormat.score(criterion.max)
    }
}

/// One line of the ranking table, every value formatted ("87,5").
struct RankingRowView {
    var rank: String
    /// "1 (Cụm 1)", or "—" for a branch outside any cluster.
    var clusterRank: String
    var branchName: String
    /// The profile link; nil for an id no branch file declares.
    var branchHref: String?
    var scores: [String]
    var bonus: String
    var penalty: String
    var total: String
    var levelBadge: LevelBadge?
    var isFourGood: Bool
    var rowNote: String?

    init(_ row: RankingRow, links: Links, linked: Bool, config: SiteConfig) {
        rank = VietnameseFormat.number(row.rank)
        clusterRank = row.clusterRank.map { rank in
            VietnameseFormat.number(rank) + (row.cluster.map { " (\(PortalFormat.cluster($0, config: config)))" } ?? "")
        } ?? "—"
        branchName = row.branchName
        branchHref = linked ? links.branch(row.branchID) : nil
        scores = row.card.scores.map { VietnameseFormat.score($0.score) }
        bonus = VietnameseFormat.score(row.card.bonus)
        penalty = VietnameseFormat.score(row.card.penalty)
        total = VietnameseFormat.score(row.card.total)
        levelBadge = row.card.level.map(LevelBadge.init)
        isFourGood = row.isFourGood
        rowNote = PortalFormat.present(row.card.note)
    }
}

/// Why a branch misses the "Chi bộ 4 tốt" title: "Chi bộ ấp Eo Gió: có đảng viên bị kỷ luật trong kỳ."
struct RankingReasonView {
    var branchName: String
    var reasons: String

    init(_ row: RankingRow) {
        branchName = row.branchName
        reasons = row.fourGood.reasons.joined(separator: "; ") + "."
    }
}
