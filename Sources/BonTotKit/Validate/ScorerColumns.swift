/// A criterion scored twice, as a commune's sheet lays it out: its name merged over "Tự chấm |
/// Đảng ủy chấm", the branch's own score beside the one the Party committee gave. The
/// committee's is the score: its column is named by the group over it, and the branch's own is
/// left out as a restated column. It was four "thiếu cột" errors and an error and a warning a
/// column, and no ranking.
enum ScorerColumns {
    /// The words of the column of the branch's own score, folded.
    static let selfWords: Set<String> = Set(["Tự chấm", "Chi bộ tự chấm", "Điểm tự chấm", "Tự đánh giá", "Chi bộ tự đánh giá",
                                             "Tự chấm điểm"].map(Slug.fold))
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
        return names
    }
}
