/// Whether a branch earns the "Chi bộ 4 tốt" title, and why not when it does not (SPEC §3).
public struct FourGoodCheck: Sendable, Equatable {
    /// Criteria scored below `minShareEach` of their maximum, in rubric order.
    public var criteriaBelowShare: [Criterion]
    /// The level falls below the rule's `minLevel` (or there is no level).
    public var levelTooLow: Bool
    /// Members were disciplined while the rule asks for none.
    public var hasViolations: Bool
    private let rule: FourGoodRule
    private let minLevelName: String

    /// Checks a score card against the rubric's 4-tốt rule.
    public init(card: ScoreCard, rubric: Rubric) {
        let rule = rubric.fourGood
        self.rule = rule
        minLevelName = rubric.level(id: rule.minLevel)?.name ?? rule.minLevel
        criteriaBelowShare = card.scores
            .filter { $0.score + 1e-9 < rule.minShareEach * $0.criterion.max }
            .map(\.criterion)
        levelTooLow = card.level.map { !rubric.isLevel($0.id, atLeast: rule.minLevel) } ?? true
        hasViolations = rule.noViolations && card.violations > 0
    }

    /// True when every condition holds.
    public var isFourGood: Bool { criteriaBelowShare.isEmpty && !levelTooLow && !hasViolations }

    /// Why the title is not earned, in Vietnamese, one reason per failed condition.
    public var reasons: [String] {
        let share = VietnameseFormat.normPercent(rule.minShareEach)
        var reasons = criteriaBelowShare.map { "tiêu chí “\($0.name)” đạt dưới \(share) số điểm tối đa" }
        if levelTooLow { reasons.append("xếp loại dưới mức “\(minLevelName)”") }
        if hasViolations { reasons.append("có đảng viên bị kỷ luật trong kỳ") }
        return reasons
    }
}
