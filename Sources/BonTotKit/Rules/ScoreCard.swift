/// One branch's scores in one evaluation, totalled and classified (SPEC §3, Total and Level).
public struct ScoreCard: Sendable, Equatable {
    public var branchID: String
    /// The criterion scores in rubric order.
    public var scores: [CriterionScore]
    public var bonus: Double
    public var penalty: Double
    public var violations: Int
    /// Sum of the criterion scores + bonus − penalty, rounded to a thousandth against float noise.
    public var total: Double
    /// The level the total reaches.
    public var computedLevel: Level?
    /// The level id the evaluation states, as written (it may name no known level).
    public var statedLevelID: String?
    /// The level shown: the stated one when it names a known level, else the computed one.
    public var level: Level?
    /// True when a known stated level differs from the computed one; never when a score of the
    /// entry could not be read, whose total (with it as 0) is no total to compare.
    public var levelMismatch: Bool
    public var note: String?
    /// Where the entry is written, for diagnostics.
    public var location: SourceLocation
    /// Where its stated level is written (the sheet's "Xếp loại" cell, the `level:` line), else
    /// where the entry is: the place of the warning of a stated level other than the computed one.
    public var levelLocation: SourceLocation
    /// The stated level as written in the sheet's cell or the `level:` line, else its id.
    public var statedLevelText: String?
    /// The rank the score sheet writes, compared with the computed one (`Ranking.sheetWarnings`).
    public var sheetRank: SheetStatement<Int>?
    /// The 4-tốt mark the score sheet writes, compared with the rules' check.
    public var sheetFourGood: SheetStatement<Bool>?

    /// Totals and classifies an entry by the rubric.
    public init(entry: EvaluationEntry, rubric: Rubric) {
        branchID = entry.branchID
        scores = rubric.criteria.map { criterion in
            let items = entry.itemScores[criterion.id]?.values.reduce(0, +)
            return CriterionScore(criterion: criterion, score: entry.criterionScores[criterion.id] ?? items ?? 0)
        }
        bonus = entry.bonus
        penalty = entry.penalty
        violations = entry.violations
        let raw = scores.reduce(0) { $0 + $1.score } + entry.bonus - entry.penalty
        total = (raw * 1000).rounded() / 1000
        computedLevel = rubric.computedLevel(forTotal: total)
        statedLevelID = entry.statedLevel
        let stated = entry.statedLevel.flatMap(rubric.level(id:))
        level = stated ?? computedLevel
        levelMismatch = stated != nil && stated != computedLevel && !entry.hasUnreadScore
        note = entry.note
        location = entry.location
        levelLocation = entry.statedLevelLocation ?? entry.location
        statedLevelText = entry.statedLevelText ?? entry.statedLevel
        sheetRank = entry.sheetRank
        sheetFourGood = entry.sheetFourGood
    }

    /// The sum of the criterion scores, without bonus and penalty.
    public var criteriaSum: Double { scores.reduce(0) { $0 + $1.score } }
}
