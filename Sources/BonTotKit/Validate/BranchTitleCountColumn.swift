import Foundation

extension EvaluationHeader {
    /// The headers naming the branches' title ("Chi bộ 4 tốt"), folded: in a units' table, a
    /// count of each unit's branches holding it, when the unit's own mark or the share is beside.
    private static let branchTitleWords: Set<String> = Set(["Chi bộ 4 tốt", "Chi bộ bốn tốt", "Danh hiệu chi bộ 4 tốt"].map(Slug.fold))

    /// `columns` of a units' table (`headers` as written) with a column headed by the branches'
    /// title read as a restated figure, not as the unit's mark, when the table has the unit's
    /// own mark too ("Đảng bộ cơ sở 4 tốt") or the branches' share ("Chi bộ 4 tốt (%)"): "Chi bộ
    /// 4 tốt | Chi bộ 4 tốt (%)" is the number of the unit's branches holding the title, then
    /// their share, as the ranking's tables set them. Its "1" was read as the unit's mark (a
    /// warning that the sheet awards the unit a title it does not), before the mark's column.
    static func countingBranches(_ columns: [String], headers: [String], idColumn: String) -> [String] {
        guard idColumn == "unit", columns.count == headers.count else { return columns }
        let named = columns.indices.filter { columns[$0] == fourGoodColumn && names(headers[$0]) }
        let share = columns.indices.contains { columns[$0] == figuresColumn && names(withoutBracket(headers[$0])) }
        guard !named.isEmpty, share || columns.filter({ $0 == fourGoodColumn }).count > named.count else { return columns }
        var columns = columns
        for index in named { columns[index] = figuresColumn }
        return columns
    }

    /// True when `header` names the branches' title.
    private static func names(_ header: String) -> Bool {
        branchTitleWords.contains(Slug.fold(header.trimmingCharacters(in: .whitespaces)))
    }

    /// `header` without a last remark in brackets ("Chi bộ 4 tốt (%)": "Chi bộ 4 tốt").
    private static func withoutBracket(_ header: String) -> String {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return trimmed }
        return String(trimmed[..<open])
    }
}
