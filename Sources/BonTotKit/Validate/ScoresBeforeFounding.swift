/// Scores given to a branch (or a district's unit) in a period that ends before the month it was
/// founded (`founded:`): it existed in no month of the period, so the row is most likely copied
/// from a newer table or the founding day is wrong. As with a period after a dissolution
/// (`ScoresAfterDissolution`), the row is left out of the period: not ranked, counted in no level,
/// streak, honour roll or quota. A warning on the row says so, naming the day and where it is written.
enum ScoresBeforeFounding {
    /// What the rule reads of a branch or unit that gives its founding day.
    struct Founded {
        var name: String
        var founded: CalendarDate
        /// Where its `founded:` is written (`content/branches/dong-tam.yaml:4`, `site.yaml:8`).
        var declaredAt: String
    }

    /// `evaluations` without the rows of what `founded` says was founded after their period
    /// ended, with one warning per row taken out; `subject` words the warnings.
    static func split(_ evaluations: [Evaluation], founded: [String: Founded],
                      subject: RankingSubject) -> (kept: [Evaluation], warnings: [Diagnostic]) {
        guard !founded.isEmpty else { return (evaluations, []) }
        var warnings: [Diagnostic] = []
        let kept = evaluations.map { evaluation in
            var evaluation = evaluation
            evaluation.entries.removeAll { entry in
                guard let new = founded[entry.branchID], evaluation.period.closingMonth < new.founded.yearMonth else { return false }
                warnings.append(.warning(at: entry.location, field: entry.branchID,
                                         "\(subject.noun) '\(entry.branchID)' (\(new.name)) thành lập từ "
                                             + "\(VietnameseFormat.longDate(new.founded)) (founded: ở \(new.declaredAt)), "
                                             + "sau kỳ \(evaluation.period): điểm này không được xếp hạng; "
                                             + "hãy xóa dòng này hoặc kiểm tra lại ngày thành lập "
                                             + "/ the \(subject.englishNoun) was founded after the period ended; its scores are not ranked"))
                return true
            }
            return evaluation
        }
        return (kept, warnings)
    }

    /// A site's evaluations without the rows of its branches founded after their period ended,
    /// each row taken out a warning in `sink`.
    static func ofBranches(_ evaluations: [Evaluation], branches: [Branch], sink: DiagnosticSink) -> [Evaluation] {
        let founded = Dictionary(branches.compactMap { branch in
            branch.founded.map { (branch.id, Founded(name: branch.name, founded: $0, declaredAt: branch.foundedSource.description)) }
        }, uniquingKeysWith: { first, _ in first })
        let split = split(evaluations, founded: founded, subject: .branches)
        sink.report(split.warnings)
        return split.kept
    }

    /// A district's unit evaluations without the rows of its units founded after their period
    /// ended (a commune made in 2025 scored for 2024), with a warning for each row taken out;
    /// `names` gives the units' names by id.
    static func ofUnits(_ evaluations: [Evaluation], references: [UnitReference],
                        names: [String: String], subject: RankingSubject = .units) -> (kept: [Evaluation], warnings: [Diagnostic]) {
        let founded = Dictionary(references.compactMap { unit in
            unit.founded.map { (unit.id, Founded(name: names[unit.id] ?? unit.id, founded: $0, declaredAt: unit.location.description)) }
        }, uniquingKeysWith: { first, _ in first })
        return split(evaluations, founded: founded, subject: subject)
    }
}
