extension Ranking {
    /// The sentences the office pastes into reports, in order: how many were scored (when some
    /// branch was left out), good-or-better, lower levels, 4-tốt; their percentages written for
    /// `medium` (on a page, the sign never leaves its figure).
    public func summarySentences(for medium: FigureMedium = .text) -> [String] {
        [coverageSentence, goodOrBetterSentence(for: medium)].compactMap { $0 } + lowerLevelSentences(for: medium) + [fourGoodSentence]
    }

    /// "Đã chấm điểm 04/05 chi bộ; chưa có điểm: Chi bộ ấp Đông Tâm.", when the evaluation
    /// leaves out a branch of the site; nil when every branch was scored.
    public var coverageSentence: String? {
        guard !unscored.isEmpty else { return nil }
        return "Đã chấm điểm \(VietnameseFormat.count(rows.count))/\(VietnameseFormat.count(expectedCount)) \(subject.noun); "
            + "chưa có điểm: \(unscored.map(\.name).joined(separator: ", "))."
    }

    /// "16/16 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 03 chi bộ hoàn thành xuất sắc
    /// nhiệm vụ (18,8 %)."; the "trong đó" clause is left out when no branch is at the top level.
    /// The percentage is of all branches ranked. Nil when the rubric has no levels or nothing is ranked.
    public func goodOrBetterSentence(for medium: FigureMedium = .text) -> String? {
        guard let top = rubric.topLevel, let good = rubric.goodLevel, !rows.isEmpty else { return nil }
        let goodOrBetter = rows.filter { $0.card.level.map { rubric.isLevel($0.id, atLeast: good.id) } ?? false }
        guard !goodOrBetter.isEmpty else { return "Không có \(subject.noun) nào \(good.phrase) trở lên." }
        let head = "\(VietnameseFormat.count(goodOrBetter.count))/\(VietnameseFormat.count(rows.count)) \(subject.noun) \(good.phrase) trở lên"
        let excellent = count(ofLevel: top.id)
        guard excellent > 0, top.id != good.id else { return head + "." }
        return head + ", trong đó \(VietnameseFormat.count(excellent)) \(subject.noun) \(top.phrase) (\(share(excellent, medium)))."
    }

    /// "01 chi bộ hoàn thành nhiệm vụ (6,3 %).": one sentence per level below the good level that
    /// holds any branch, in rubric order.
    public func lowerLevelSentences(for medium: FigureMedium = .text) -> [String] {
        guard let good = rubric.goodLevel else { return [] }
        return levelCounts
            .filter { $0.count > 0 && !rubric.isLevel($0.level.id, atLeast: good.id) }
            .map { "\(VietnameseFormat.count($0.count)) \(subject.noun) \($0.level.phrase) (\(share($0.count, medium)))." }
    }

    /// "06 chi bộ đạt danh hiệu “Chi bộ 4 tốt”.", or "Không có chi bộ nào đạt danh hiệu “Chi bộ 4 tốt”."
    public var fourGoodSentence: String {
        fourGoodCount > 0
            ? "\(VietnameseFormat.count(fourGoodCount)) \(subject.noun) đạt danh hiệu “\(title)”."
            : "Không có \(subject.noun) nào đạt danh hiệu “\(title)”."
    }

    /// A count as a percentage of all branches ranked.
    private func share(_ count: Int, _ medium: FigureMedium) -> String {
        VietnameseFormat.percent(rows.isEmpty ? 0 : Double(count) / Double(rows.count), for: medium)
    }
}
