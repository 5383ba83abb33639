/// A score column the rubric needs and a table's header row lacks: a criterion, or one item of
/// a criterion split into items. Its scores are missing on every row for one reason, so it is
/// reported once, at the header, and the rows are not reported again for it.
struct MissingScoreColumn {
    /// The column to write: `doan-ket-ky-luat`, `nhiem-vu-chinh-tri.tien-do`, or a split
    /// criterion's id when the header holds none of its items (its total is accepted).
    var key: String
    /// The criterion's or item's name in the rubric.
    var name: String
    /// The keys of the row scores this column would hold.
    var scoreKeys: [String]
    /// What a header cell meaning it may be made of, folded (`Slug.fold`): the ids, the names,
    /// and the short name the ranking table gives a criterion ("tc3").
    var aliases: [String]

    /// The score columns the header's `columns` (ids, as `EvaluationHeader.column` reads them) lack.
    static func all(missingFrom columns: Set<String>, rubric: Rubric) -> [MissingScoreColumn] {
        rubric.criteria.enumerated().flatMap { position, criterion -> [MissingScoreColumn] in
            let criterionAliases = [criterion.id, Slug.fold(criterion.name), "tc\(position + 1)"]
            guard !criterion.items.isEmpty else {
                if columns.contains(criterion.id) { return [] }
                return [MissingScoreColumn(key: criterion.id, name: criterion.name, scoreKeys: [criterion.id],
                                           aliases: criterionAliases)]
            }
            let itemKeys = criterion.items.map { "\(criterion.id).\($0.id)" }
            if columns.contains(criterion.id) { return [] }
            let missing = zip(criterion.items, itemKeys).filter { !columns.contains($0.1) }
            if missing.count == criterion.items.count {
                return [MissingScoreColumn(key: criterion.id, name: criterion.name, scoreKeys: itemKeys,
                                           aliases: criterionAliases + criterion.items.flatMap { [$0.id, Slug.fold($0.name)] })]
            }
            return missing.map { item, key in
                MissingScoreColumn(key: key, name: item.name, scoreKeys: [key], aliases: [Slug.fold(key), item.id, Slug.fold(item.name)])
            }
        }
    }

    /// The missing column a header cell no criterion is called most likely stands for: the one
    /// whose id or name holds most of the cell's words ("Đoàn kết" → `doan-ket-ky-luat`), or
    /// else the one whose id is a typo away (`Suggestion`: "doan-ket-ky-luta"); nil when none
    /// is close, or two are equally so.
    static func likely(for text: String, among missing: [MissingScoreColumn]) -> MissingScoreColumn? {
        let folded = Slug.fold(text)
        let words = Set(folded.split(separator: "-"))
        guard !words.isEmpty else { return nil }
        let shared = missing.indices.map { index in
            missing[index].aliases.map { words.intersection($0.split(separator: "-")).count }.max() ?? 0
        }
        if let most = shared.max(), most > 0, 2 * most >= words.count {
            let best = shared.indices.filter { shared[$0] == most }
            return best.count == 1 ? missing[best[0]] : nil
        }
        guard let id = Suggestion.closest(to: folded, among: missing.map { Slug.fold($0.key) }) else { return nil }
        return missing.first { Slug.fold($0.key) == id }
    }
}
