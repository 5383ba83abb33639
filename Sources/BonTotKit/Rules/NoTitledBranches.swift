/// What is said of a unit that has no branch to name holding the branch title ("Chi bộ 4 tốt")
/// in a period: it scored none of its branches then, or none of those scored earned it. The
/// reason a unit misses its own title (`FourGoodCheck.reasons`) and the district bulletin's line
/// for the unit say it in the same words.
enum NoTitledBranches {
    /// "chưa có chi bộ nào được chấm điểm năm 2025" (`period` nil: "… trong kỳ").
    static func noneScored(in period: Period?) -> String {
        "chưa có chi bộ nào được chấm điểm \(period.map { VietnameseFormat.period($0) } ?? "trong kỳ")"
    }

    /// "không có chi bộ nào đạt “Chi bộ 4 tốt”", `title` as the unit's own scale names it.
    static func noneHolding(_ title: String) -> String {
        "không có chi bộ nào đạt “\(title)”"
    }
}
