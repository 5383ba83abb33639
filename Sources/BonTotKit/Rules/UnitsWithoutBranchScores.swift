/// A unit scored in a district's unit evaluation whose own site ranks none of its branches for
/// that period, when the unit rubric asks a share of its branches to hold "Chi bộ 4 tốt"
/// (`min_branch_share`; the title as the unit's own scale names it): the unit cannot earn its title ("Đảng bộ cơ sở 4 tốt") then, and the district's
/// pages show "—" for its share. Usually the unit's evaluations of the period are missing, or
/// carry another period (`2025-q4` where the district scores `2025`); the warning names the
/// periods the unit has.
enum UnitsWithoutBranchScores {
    /// A warning at the unit's entry in each evaluation of `evaluations` that scores a unit of
    /// `units` with no branch ranked in the evaluation's period, naming the unit's evaluations
    /// by its folder in `folders` (by id, named from the top site), when the unit scale in force
    /// in the evaluation's year (of `rubrics`) asks a share of branches.
    /// `subject` names the units' title when the scale names none (`RankingSubject.title(of:)`).
    static func warnings(units: [UnitFigures], folders: [String: String], rubrics: RubricHistory?, evaluations: [Evaluation],
                         subject: RankingSubject = .units) -> [Diagnostic] {
        guard let rubrics else { return [] }
        let byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return evaluations.flatMap { evaluation -> [Diagnostic] in
            let rubric = rubrics.rubric(for: evaluation.period)
            guard let minimum = rubric.fourGood.minBranchShare else { return [] }
            return evaluation.entries.compactMap { entry -> Diagnostic? in
                guard let unit = byID[entry.branchID], unit.fourGoodBranches[evaluation.period] == nil else { return nil }
                let periods = unit.fourGoodBranches.keys.sorted().map(\.description)
                let has = periods.isEmpty ? "đơn vị chưa có kỳ chấm điểm chi bộ nào"
                    : "đơn vị có điểm chi bộ các kỳ: " + periods.joined(separator: ", ")
                return .warning(at: entry.location, field: entry.branchID,
                    "đơn vị '\(unit.id)' (\(unit.name)) chưa chấm điểm chi bộ nào kỳ \(evaluation.period) trong "
                    + "\(folders[unit.id] ?? "")content/evaluations/ của mình (\(has)), nên không xét được tỷ lệ chi bộ đạt “\(unit.branchTitles.title(for: evaluation.period))” "
                    + "(cần \(VietnameseFormat.percent(minimum))) và chưa đạt “\(subject.title(of: rubric))” "
                    + "/ the unit ranked none of its branches in \(evaluation.period)")
            }
        }
    }
}
