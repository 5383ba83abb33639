/// A unit's `dissolved` and `merged_into` in a district's `units:` (a commune's đảng bộ merged
/// into another, as in 2025): the unit merged into must be another unit of the list, and
/// `merged_into` needs the day (`dissolved`). Each problem is an error on the unit's entry.
enum UnitDissolutionCheck {
    static func check(_ units: [UnitReference], sink: DiagnosticSink) {
        let ids = units.map(\.id)
        for unit in units {
            guard let successor = unit.mergedInto else { continue }
            let field = "units.\(unit.id).merged_into"
            if successor == unit.id {
                sink.error(unit.location, field: field,
                           "đảng bộ không thể sáp nhập vào chính nó ('\(successor)'); hãy ghi mã đơn vị mới "
                               + "/ a unit cannot be merged into itself")
            } else if !ids.contains(successor) {
                let hint = Suggestion.closest(to: successor, among: ids).map { "; có phải '\($0)'?" } ?? ""
                sink.error(unit.location, field: field,
                           "không có đơn vị '\(successor)' trong 'units'\(hint) / merged_into names no listed unit")
            }
            if unit.dissolved == nil {
                sink.error(unit.location, field: field,
                           "có 'merged_into' nhưng thiếu ngày sáp nhập; hãy ghi 'dissolved: YYYY-MM-DD' "
                               + "/ merged_into needs the day in dissolved:")
            }
        }
    }
}
