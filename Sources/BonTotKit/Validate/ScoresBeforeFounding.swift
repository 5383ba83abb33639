/// Scores given to a branch in a period that ends before the month it was founded (`founded:`):
/// it existed in no month of the period, so the row is most likely copied from a newer table or
/// the founding day is wrong. As with a period after a dissolution (`ScoresAfterDissolution`),
/// the row is left out of the period: not ranked, counted in no level, streak, honour roll or
/// quota. A warning on the row says so, naming the day and where it is written.
enum ScoresBeforeFounding {
    /// `evaluations` without the rows of branches founded after their period ended, each row
    /// taken out a warning in `sink`.
    static func ofBranches(_ evaluations: [Evaluation], branches: [Branch], sink: DiagnosticSink) -> [Evaluation] {
        let founded = Dictionary(branches.compactMap { branch in branch.founded.map { _ in (branch.id, branch) } },
                                 uniquingKeysWith: { first, _ in first })
        guard !founded.isEmpty else { return evaluations }
        return evaluations.map { evaluation in
            var evaluation = evaluation
            evaluation.entries.removeAll { entry in
                guard let branch = founded[entry.branchID], let day = branch.founded,
                      evaluation.period.closingMonth < day.yearMonth else { return false }
                sink.warning(entry.location, field: entry.branchID,
                             "chi bộ '\(entry.branchID)' (\(branch.name)) thành lập từ \(VietnameseFormat.longDate(day)) "
                                 + "(founded: ở \(branch.foundedSource)), sau kỳ \(evaluation.period): điểm này không được xếp hạng; "
                                 + "hãy xóa dòng này hoặc kiểm tra lại ngày thành lập "
                                 + "/ the branch was founded after the period ended; its scores are not ranked")
                return true
            }
            return evaluation
        }
    }
}
