/// A criterion scored twice, as a commune's sheet lays it out: its name merged over "Tự chấm |
/// Đảng ủy chấm", the branch's own score beside the one the Party committee gave. The
/// committee's is the score: its column is named by the group over it, and the branch's own is
/// left out as a restated column. It was four "thiếu cột" errors and an error and a warning a
/// column, and no ranking.
enum ScorerColumns {
    /// The words of the column of the branch's own score, folded.
    static let selfWords: Set<String> = Set(["Tự chấm", "Chi bộ tự chấm", "Điểm tự chấm", "Tự đánh giá", "Chi bộ tự đánh giá",
                                             "Tự chấm điểm", "Điểm chi bộ tự chấm", "Chi bộ tự chấm điểm"].map(Slug.fold))
    /// The words of the column of the committee's score, folded.
    static let committeeWords: Set<String> = Set(["Đảng ủy chấm", "Đảng uỷ chấm", "Cấp ủy chấm", "Cấp uỷ chấm", "ĐU chấm",
                                                  "Điểm Đảng ủy chấm", "Đảng ủy xã chấm", "Đảng ủy thẩm định", "Thẩm định",
                                                  "Kết quả thẩm định", "Điểm thẩm định", "Cấp trên chấm"].map(Slug.fold))

    /// The lower row's cells renamed, for each group of the upper row (a filled cell and the
    /// empty ones after it) over one committee column and self-score columns only: the committee
    /// column takes the group's words, the others `EvaluationHeader.selfScoreColumn`.
    static func renamed(upper: [String], lower: [String]) -> [Int: String] {
        func text(_ cells: [String], _ index: Int) -> String {
            index < cells.count ? cells[index].trimmingCharacters(in: .whitespaces) : ""
        }
        let width = max(upper.count, lower.count)
        var names: [Int: String] = [:]
        var start = 0
        while start < width {
            var end = start + 1
            while end < width, text(upper, end).isEmpty { end += 1 }
            let group = start..<end
            let kinds = group.map { Slug.fold(text(lower, $0)) }
            let committee = group.filter { committeeWords.contains(Slug.fold(text(lower, $0))) }
            if !text(upper, start).isEmpty, group.count > 1, committee.count == 1,
               kinds.allSatisfy({ committeeWords.contains($0) || selfWords.contains($0) }) {
                for index in group { names[index] = index == committee[0] ? text(upper, start) : EvaluationHeader.selfScoreColumn }
            }
            start = end
        }
        for (column, name) in scorerGroups(upper: upper, lower: lower) { names[column] = name }
        return names
    }

    /// The other layout: "Chi bộ tự chấm" merged over the criteria, then "Đảng ủy chấm" merged
    /// over them again. When the upper row has both kinds of group, each column under a group of
    /// the branch's own is `EvaluationHeader.selfScoreColumn`, and those under the committee's
    /// are read by their names; it was "cột … có hai lần" at every criterion, and no ranking.
    /// A group of the branch's own alone is left as it is: its scores are then the only ones.
    private static func scorerGroups(upper: [String], lower: [String]) -> [Int: String] {
        func text(_ cells: [String], _ index: Int) -> String {
            index < cells.count ? cells[index].trimmingCharacters(in: .whitespaces) : ""
        }
        let width = max(upper.count, lower.count)
        var groups: [(words: String, columns: Range<Int>)] = []
        var start = 0
        while start < width {
            var end = start + 1
            while end < width, text(upper, end).isEmpty { end += 1 }
            groups.append((Slug.fold(text(upper, start)), start..<end))
            start = end
        }
        let committeeGroups = groups.filter { committeeWords.contains($0.words) && $0.columns.count > 1 }
        guard !committeeGroups.isEmpty else { return [:] }
        let committeeNames = Set(committeeGroups.flatMap { $0.columns.map { Slug.fold(text(lower, $0)) } })
        var names: [Int: String] = [:]
        for group in groups where selfWords.contains(group.words) && group.columns.count > 1 {
            for column in group.columns {
                let name = Slug.fold(text(lower, column))
                if column > group.columns.lowerBound, nonScoreWords.contains(name), !committeeNames.contains(name) { break }
                if !name.isEmpty { names[column] = EvaluationHeader.selfScoreColumn }
            }
        }
        return names
    }

    /// The words of the fixed columns that are no criterion ("Xếp loại", "Ghi chú", "Tổng điểm",
    /// "Xếp hạng", "Điểm thưởng", …), folded. One named under a group of the branch's own and not
    /// under the committee's ends the group: it is the sheet's own column after it, its name typed
    /// in the lower row only. It was taken in the group when the group was the last one, and the
    /// level the committee decided was left out without a word.
    private static let nonScoreWords: Set<String> = Set(
        ["level", "note", "bonus", "penalty", "violations", EvaluationHeader.totalColumn, EvaluationHeader.rankColumn,
         EvaluationHeader.shareColumn, EvaluationHeader.fourGoodColumn, EvaluationHeader.figuresColumn, EvaluationHeader.clusterColumn,
         EvaluationHeader.clusterRankColumn, EvaluationHeader.statusColumn]
            .flatMap { [$0] + (EvaluationHeader.words[$0] ?? []) })
}
