/// Scores given to a branch (or a district's unit) in a period that begins after its last month:
/// it no longer existed in any month of the period, so the row is most likely copied from an
/// older table, or holds the scores of the branch it was merged into under its old id. The row
/// is left out of the period, as a meeting after the day is left out of the monthly record: not
/// ranked, counted in no level, streak, honour roll or quota, so that the branches of the period
/// are ranked among themselves. A warning on the row says so, naming the day.
enum ScoresAfterDissolution {
    /// What the rule reads of a branch or unit that was dissolved.
    struct Ended {
        var name: String
        var dissolved: CalendarDate
        /// The id of the branch or unit it was merged into, if any.
        var mergedInto: String?
        /// Where its `dissolved:` is written (`content/branches/dong-tam.yaml`, `site.yaml:8`).
        var declaredAt: String

        var lastMonth: YearMonth { dissolved.monthOfDayBefore }
    }

    /// `evaluations` without the rows of what `ended` says had ended before their period began,
    /// with one warning per row taken out; `subject` words the warnings.
    static func split(_ evaluations: [Evaluation], ended: [String: Ended],
                      subject: RankingSubject) -> (kept: [Evaluation], warnings: [Diagnostic]) {
        guard !ended.isEmpty else { return (evaluations, []) }
        var warnings: [Diagnostic] = []
        let kept = evaluations.map { evaluation in
            var evaluation = evaluation
            evaluation.entries.removeAll { entry in
                guard let gone = ended[entry.branchID], gone.lastMonth < evaluation.period.openingMonth else { return false }
                warnings.append(warning(entry, gone, period: evaluation.period, subject: subject))
                return true
            }
            return evaluation
        }
        return (kept, warnings)
    }

    private static func warning(_ entry: EvaluationEntry, _ gone: Ended, period: Period, subject: RankingSubject) -> Diagnostic {
        let day = VietnameseFormat.longDate(gone.dissolved)
        let what = gone.mergedInto.map { "sáp nhập vào '\($0)'" } ?? "giải thể"
        let advice = gone.mergedInto.map { "nếu là điểm của \(subject.noun) mới, hãy ghi cho '\($0)'; nếu không, hãy xóa dòng này" }
            ?? "hãy xóa dòng này"
        return .warning(at: entry.location, field: entry.branchID,
                        "\(subject.noun) '\(entry.branchID)' (\(gone.name)) đã \(what) từ \(day) (dissolved: ở \(gone.declaredAt)), "
                            + "trước kỳ \(period): điểm này không được xếp hạng; \(advice) hoặc kiểm tra lại ngày "
                            + "\(gone.mergedInto == nil ? "giải thể" : "sáp nhập") / the \(subject.englishNoun) was dissolved "
                            + "before the period began; its scores are not ranked")
    }
}

extension ScoresAfterDissolution {
    /// A site's evaluations without the rows of its branches dissolved before their period,
    /// each row taken out a warning in `sink`.
    static func ofBranches(_ evaluations: [Evaluation], branches: [Branch], sink: DiagnosticSink) -> [Evaluation] {
        let ended = Dictionary(branches.compactMap { branch in
            branch.dissolved.map { (branch.id, Ended(name: branch.name, dissolved: $0, mergedInto: branch.mergedInto,
                                                     declaredAt: branch.dissolvedSource.description)) }
        }, uniquingKeysWith: { first, _ in first })
        let split = split(evaluations, ended: ended, subject: .branches)
        sink.report(split.warnings)
        return split.kept
    }
}

extension ScoresAfterDissolution {
    /// A district's unit evaluations without the rows of its units dissolved before their
    /// period, with a warning for each row taken out; `names` gives the units' names by id.
    static func ofUnits(_ evaluations: [Evaluation], references: [UnitReference],
                        names: [String: String], subject: RankingSubject = .units) -> (kept: [Evaluation], warnings: [Diagnostic]) {
        let ended = Dictionary(references.compactMap { unit in
            unit.dissolved.map { (unit.id, Ended(name: names[unit.id] ?? unit.id, dissolved: $0, mergedInto: unit.mergedInto,
                                                 declaredAt: unit.location.description)) }
        }, uniquingKeysWith: { first, _ in first })
        return split(evaluations, ended: ended, subject: subject)
    }
}
