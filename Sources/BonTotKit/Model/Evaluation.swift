/// The scores of every branch for one period, from `evaluations/<period>.yaml` or `.csv`.
public struct Evaluation: Sendable, Equatable, Codable {
    public var period: Period
    public var title: String?
    public var entries: [EvaluationEntry]
    public var source: SourceLocation

    public init(period: Period, title: String? = nil, entries: [EvaluationEntry], source: SourceLocation) {
        self.period = period
        self.title = title
        self.entries = entries
        self.source = source
    }
}

/// One branch's scores in an evaluation.
public struct EvaluationEntry: Sendable, Equatable, Codable {
    public var branchID: String
    /// Score per criterion id; for a criterion with items, the sum of its items.
    public var criterionScores: [String: Double]
    /// Item scores per criterion id, then item id, where the rubric has items.
    public var itemScores: [String: [String: Double]]
    public var bonus: Double
    public var penalty: Double
    /// Members disciplined in the period.
    public var violations: Int
    /// The level the committee decided, which wins over the computed one.
    public var statedLevel: String?
    /// Where `statedLevel` is written (the sheet's "Xếp loại" cell, the `level:` line), for the
    /// warning of a level other than the computed one; nil when no level is stated.
    public var statedLevelLocation: SourceLocation?
    /// The stated level as the clerk typed it ("Tốt", "Hoàn thành tốt nhiệm vụ", "tot"), quoted by
    /// the warning of a level other than the computed one; nil when no level is stated.
    public var statedLevelText: String?
    public var note: String?
    public var location: SourceLocation
    /// The rank the score sheet writes in its own "Xếp hạng" column, compared with the computed one.
    public var sheetRank: SheetStatement<Int>?
    /// Whether the score sheet marks the branch "Chi bộ 4 tốt" in its own column, compared with the rules.
    public var sheetFourGood: SheetStatement<Bool>?
    /// The branch as the sheet writes it in a second column beside the one the row is read by
    /// (its name beside its id, "Mã chi bộ | Tên chi bộ"), compared with the branch read.
    public var sheetSecondName: SheetStatement<String>?
    /// The emulation cluster the score sheet writes beside the branch ("Cụm thi đua" column),
    /// compared with the branch file's `cluster:`, which counts.
    public var sheetCluster: SheetStatement<String>?
    /// True when a score of the entry could not be read (an error of its own), so that its total,
    /// and the level that total reaches, are not the committee's.
    public var hasUnreadScore = false

    public init(branchID: String, criterionScores: [String: Double], itemScores: [String: [String: Double]] = [:],
                bonus: Double = 0, penalty: Double = 0, violations: Int = 0, statedLevel: String? = nil,
                note: String? = nil, location: SourceLocation) {
        self.branchID = branchID
        self.criterionScores = criterionScores
        self.itemScores = itemScores
        self.bonus = bonus
        self.penalty = penalty
        self.violations = violations
        self.statedLevel = statedLevel
        self.note = note
        self.location = location
    }
}
