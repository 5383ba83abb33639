/// The ranking of one evaluation (SPEC §3, Rank): rows by total, ties by Vietnamese name order.
public struct Ranking: Sendable, Equatable {
    public var period: Period
    public var rubric: Rubric
    /// Rows from the highest total down; equal totals in Vietnamese order of branch name.
    public var rows: [RankingRow]
    /// Every level of the rubric, in rubric order, with how many branches it holds.
    public var levelCounts: [LevelCount]
    /// How many branches earn the "Chi bộ 4 tốt" title.
    public var fourGoodCount: Int
    /// The declared clusters among the ranked branches: those `site.yaml` lists, in its order,
    /// then the others by id. The ranking table numbers them in this order ("cụm 1").
    public var clusters: [String]
    /// Where the evaluation is written, for diagnostics about the whole table.
    public var source: SourceLocation
    /// The branches that existed in the period but have no score in it, in Vietnamese order:
    /// (id, name).
    public var unscored: [UnscoredBranch] = []
    /// Branches of a site, or units of a district.
    public var subject: RankingSubject = .branches

    /// Ranks an evaluation's entries.
    /// - Parameters:
    ///   - branchNames: branch id → name; an unknown branch is listed under its id.
    ///   - clusters: branch id → cluster, for branches that declare one.
    ///   - clusterOrder: the clusters in the order `site.yaml` lists them; others follow by id.
    ///   - subject: what is ranked; `.units` ranks a district's units by their ids.
    ///   - branchShares: for units, unit id → the share of its branches holding "Chi bộ 4 tốt" in
    ///     the period, which the rubric's `min_branch_share` checks.
    ///   - branchTitles: for units, unit id → that title as the unit's own scale names it.
    public static func make(evaluation: Evaluation, rubric: Rubric, branchNames: [String: String],
                            clusters: [String: String] = [:], clusterOrder: [String] = [],
                            subject: RankingSubject = .branches,
                            branchShares: [String: Double] = [:], branchTitles: [String: String] = [:]) -> Ranking {
        let cards = evaluation.entries.map { ScoreCard(entry: $0, rubric: rubric) }
        let ordered = VietnameseCollation.sorted(cards) { branchNames[$0.branchID] ?? $0.branchID }
            .enumerated()
            .sorted { ($1.element.total, $0.offset) < ($0.element.total, $1.offset) }
            .map(\.element)
        let overall = competitionRanks(ordered.map(\.total))
        // Each cluster's positions in one pass over the rows, in row order: not one pass per
        // cluster (a large site has dozens of clusters and a thousand rows in each period).
        var positionsByCluster: [String: [Int]] = [:]
        for position in ordered.indices {
            if let cluster = clusters[ordered[position].branchID] { positionsByCluster[cluster, default: []].append(position) }
        }
        var clusterRanks: [Int: Int] = [:]
        for positions in positionsByCluster.values {
            for (position, rank) in zip(positions, competitionRanks(positions.map { ordered[$0].total })) {
                clusterRanks[position] = rank
            }
        }
        let rows = ordered.enumerated().map { position, card in
            RankingRow(branchID: card.branchID, branchName: branchNames[card.branchID] ?? card.branchID,
                       cluster: clusters[card.branchID], card: card, rank: overall[position],
                       clusterRank: clusterRanks[position],
                       fourGood: FourGoodCheck(card: card, rubric: rubric, branchShare: branchShares[card.branchID],
                                               branchTitle: branchTitles[card.branchID] ?? RankingSubject.branches.defaultTitle,
                                               period: evaluation.period))
        }
        return Ranking(period: evaluation.period, rubric: rubric, rows: rows,
                       levelCounts: rubric.levels.map { level in
                           LevelCount(level: level, count: rows.filter { $0.card.level?.id == level.id }.count)
                       },
                       fourGoodCount: rows.filter(\.isFourGood).count,
                       clusters: listedFirst(Set(rows.compactMap(\.cluster)), order: clusterOrder),
                       source: evaluation.source, subject: subject)
    }

    /// The emulation title the ranking awards: the rubric's `four_good.title`, else the default
    /// of what it ranks ("Chi bộ 4 tốt", "Đảng bộ cơ sở 4 tốt", "Đảng bộ 4 tốt").
    public var title: String { subject.title(of: rubric) }

    /// True when the title is named "… 4 tốt" (every default one), which a narrow table
    /// shortens to "4 tốt".
    public var titleSaysFourGood: Bool { title.hasSuffix("4 tốt") }

    /// The short mark of a row holding the title in a narrow table: "4 tốt" for a title named
    /// so, "Đạt" for another ("Chi bộ trong sạch, vững mạnh").
    public var titleMark: String { titleSaysFourGood ? "4 tốt" : "Đạt" }

    /// How many branches the period should have scored: those ranked and those left out.
    public var expectedCount: Int { rows.count + unscored.count }

    /// The rows of one cluster, in cluster-rank order.
    public func rows(inCluster cluster: String) -> [RankingRow] {
        rows.filter { $0.cluster == cluster }
    }

    /// How many branches are at the level `id`.
    public func count(ofLevel id: String) -> Int {
        levelCounts.first { $0.level.id == id }?.count ?? 0
    }

    /// How many branches reach the rubric's top level ("hoàn thành xuất sắc nhiệm vụ"); nil when
    /// the rubric has no levels.
    public var topLevelCount: Int? {
        rubric.topLevel.map { count(ofLevel: $0.id) }
    }

    /// The clusters in `listed` order, then those it does not list, by id.
    static func listedFirst(_ clusters: Set<String>, order listed: [String]) -> [String] {
        let position = Dictionary(listed.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return clusters.sorted { (position[$0] ?? listed.count, $0) < (position[$1] ?? listed.count, $1) }
    }

    /// Standard competition ranks of totals sorted from the highest: 95, 90, 90, 85 → 1, 2, 2, 4.
    static func competitionRanks(_ totals: [Double]) -> [Int] {
        var ranks: [Int] = []
        for (index, total) in totals.enumerated() {
            ranks.append(index > 0 && totals[index - 1] == total ? ranks[index - 1] : index + 1)
        }
        return ranks
    }
}

/// A branch of the site that an evaluation leaves out.
public struct UnscoredBranch: Sendable, Equatable {
    public var id: String
    public var name: String
}
