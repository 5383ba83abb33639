/// One line of a ranking table: a branch, its score card, its ranks and its 4-tốt check.
public struct RankingRow: Sendable, Equatable {
    public var branchID: String
    /// The branch's name, or its id when the branch is unknown.
    public var branchName: String
    /// The emulation cluster (cụm thi đua) the branch declares, if any.
    public var cluster: String?
    public var card: ScoreCard
    /// Competition rank over all branches (1, 2, 2, 4).
    public var rank: Int
    /// Competition rank within the branch's cluster; nil without a cluster.
    public var clusterRank: Int?
    public var fourGood: FourGoodCheck

    /// Makes a row; `Ranking.make` is the usual way to get rows.
    public init(branchID: String, branchName: String, cluster: String?, card: ScoreCard, rank: Int,
                clusterRank: Int?, fourGood: FourGoodCheck) {
        self.branchID = branchID
        self.branchName = branchName
        self.cluster = cluster
        self.card = card
        self.rank = rank
        self.clusterRank = clusterRank
        self.fourGood = fourGood
    }

    /// True when the branch earns the "Chi bộ 4 tốt" title.
    public var isFourGood: Bool { fourGood.isFourGood }
}

/// How many branches a ranking puts at one level.
public struct LevelCount: Sendable, Equatable {
    public var level: Level
    public var count: Int

    /// Pairs a level with its count.
    public init(level: Level, count: Int) {
        self.level = level
        self.count = count
    }
}
