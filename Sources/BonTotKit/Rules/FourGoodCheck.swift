/// Whether a branch earns the "Chi bộ 4 tốt" title, and why not when it does not (SPEC §3).
public struct FourGoodCheck: Sendable, Equatable {
    /// Criteria scored below `minShareEach` of their maximum, in rubric order.
    public var criteriaBelowShare: [Criterion]
    /// The level falls below the rule's `minLevel` (or there is no level).
    public var levelTooLow: Bool
    /// Members were disciplined while the rule asks for none.
    public var hasViolations: Bool
    /// For a unit: fewer of its branches hold "Chi bộ 4 tốt" than the rule's `minBranchShare`
    /// (or none was ranked in the period).
    public var branchShareTooLow: Bool = false
    /// The share of the unit's branches holding "Chi bộ 4 tốt", when known.
    public var branchShare: Double?
    private let rule: FourGoodRule
    private let minLevelName: String
    /// For a unit: the title its branches hold, as its own scale names it.
    private let branchTitle: String
    /// The period checked, which a reason names; nil when not known.
    private let period: Period?

    /// Checks a score card against the rubric's 4-tốt rule; `branchShare` is, for a unit, the
    /// share of its branches holding "Chi bộ 4 tốt" in the period, and `branchTitle` that title
    /// as the unit's own scale names it (`UnitBranchTitles`); `period` the period checked.
    public init(card: ScoreCard, rubric: Rubric, branchShare: Double? = nil,
                branchTitle: String = RankingSubject.branches.defaultTitle, period: Period? = nil) {
        let rule = rubric.fourGood
        self.rule = rule
        self.branchTitle = branchTitle
        self.period = period
        minLevelName = rubric.level(id: rule.minLevel)?.name ?? rule.minLevel
        criteriaBelowShare = card.scores
            .filter { $0.score + 1e-9 < rule.minShareEach * $0.criterion.max }
            .map(\.criterion)
        levelTooLow = card.level.map { !rubric.isLevel($0.id, atLeast: rule.minLevel) } ?? true
        hasViolations = rule.noViolations && card.violations > 0
        self.branchShare = branchShare
        if let minimum = rule.minBranchShare {
            branchShareTooLow = (branchShare ?? 0) + 1e-9 < minimum
        }
    }

    /// True when every condition holds.
    public var isFourGood: Bool { criteriaBelowShare.isEmpty && !levelTooLow && !hasViolations && !branchShareTooLow }

    /// Why the title is not earned, in Vietnamese, one reason per failed condition; its
    /// percentages written for `medium`.
    public func reasons(for medium: FigureMedium = .text) -> [String] {
        let share = VietnameseFormat.normPercent(rule.minShareEach, for: medium)
        var reasons = criteriaBelowShare.map { "tiêu chí “\($0.name)” đạt dưới \(share) số điểm tối đa" }
        if levelTooLow { reasons.append("xếp loại dưới mức “\(minLevelName)”") }
        if hasViolations { reasons.append("có đảng viên bị kỷ luật trong kỳ") }
        if branchShareTooLow, let minimum = rule.minBranchShare {
            let norm = VietnameseFormat.normPercent(minimum, for: medium)
            switch branchShare {
            case nil:
                // No share to weigh: the unit scored none of its branches in the period.
                reasons.append("\(NoTitledBranches.noneScored(in: period)) (cần \(norm) chi bộ đạt “\(branchTitle)”)")
            case let share? where share <= 0:
                reasons.append("\(NoTitledBranches.noneHolding(branchTitle)), dưới mức \(norm)")
            case let share?:
                reasons.append("chỉ \(VietnameseFormat.percent(share, for: medium)) chi bộ đạt “\(branchTitle)”, dưới mức \(norm)")
            }
        }
        return reasons
    }
}
