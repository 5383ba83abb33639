/// The column that sums a group of the header's columns, as offices type a criterion over its
/// items: "Lãnh đạo hoàn thành tốt nhiệm vụ chính trị (30đ)" merged over "Hoàn thành các chỉ
/// tiêu được giao | Tiến độ, chất lượng lãnh đạo | Cộng". Its "Cộng" is the criterion's
/// subtotal, not the sheet's total: compared with the whole total, it was a warning at every
/// branch. It restates the items' sum and is left out as the total is.
enum GroupSubtotal {
    /// The columns (0-based) of the lower row of a header on two rows that hold a total's words
    /// ("Cộng", "Tổng", "Tổng cộng (30đ)") last under a group cell of the upper row that spans
    /// other named columns before them.
    static func columns(upper: [String], lower: [String]) -> Set<Int> {
        func filled(_ cells: [String], _ index: Int) -> Bool {
            index < cells.count && !cells[index].trimmingCharacters(in: .whitespaces).isEmpty
        }
        let width = max(upper.count, lower.count)
        var found = Set<Int>()
        var start = 0
        while start < width {
            // A group: a filled upper cell, then the columns whose upper cell is empty (under its merge).
            var end = start + 1
            while end < width, !filled(upper, end) { end += 1 }
            let last = end - 1
            if filled(upper, start), last > start, (start...last).allSatisfy({ filled(lower, $0) }), isTotalWords(lower[last]) {
                found.insert(last)
            }
            start = end
        }
        return found
    }

    /// True for a total's words, with a note in brackets after them or not ("Cộng", "Tổng (30đ)").
    private static func isTotalWords(_ text: String) -> Bool {
        let base = text.split(separator: "(", maxSplits: 1).first.map(String.init) ?? text
        return EvaluationHeader.words[EvaluationHeader.totalColumn]?.contains(Slug.fold(base.trimmingCharacters(in: .whitespaces))) == true
    }
}
