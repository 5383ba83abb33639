/// The row of maximum points that offices put under the header's names ("| | 15 điểm | 15 điểm |
/// 30 điểm | … | 100 điểm", or "15 | 15 | 30 | …" under a header on two rows): it tells the reader
/// what each criterion is scored out of and holds no branch, so it is left out. Only a row with
/// no id, or labelled so ("Điểm tối đa", "Thang điểm"), whose every score column holds exactly
/// the rubric's maximum for it reads so: a branch's row that lost its id is still reported.
enum MaximumPointsRow {
    /// True when `record` (the row without its "STT" cell) is such a row under `header`: its id
    /// cell empty or a label of the maxima, two criteria's columns or more filled, each with its maximum ("30", "30 điểm",
    /// "(30đ)"), the bonus column with the bonus maximum, and nothing in the word columns.
    static func isPointsRow(_ record: EvaluationTable.Row, header: [String], rubric: Rubric) -> Bool {
        let label = (record.cells.first ?? "").trimmingCharacters(in: .whitespaces)
        guard label.isEmpty || labels.contains(Slug.fold(label)) else { return false }
        let maxima = maximumPoints(of: rubric)
        var matched = 0
        for (index, column) in header.enumerated().dropFirst() where index < record.cells.count {
            let text = record.cells[index].trimmingCharacters(in: .whitespaces.union(["(", ")"]))
            guard !text.isEmpty else { continue }
            if ["level", "note", "violations", "penalty"].contains(column) { return false }
            // The total's column holds the scale ("100 điểm"); any other known column is not looked at.
            guard let maximum = maxima[column] else { continue }
            guard let number = points(text), number == maximum else { return false }
            if column != "bonus" { matched += 1 }
        }
        return matched >= 2
    }

    /// The words a clerk labels the row with in the name column ("Điểm tối đa", "Thang điểm"), folded.
    private static let labels: Set<String> = Set(["Điểm tối đa", "Tối đa", "Thang điểm", "Điểm chuẩn", "Số điểm tối đa",
                                                  "Điểm tối đa của tiêu chí"].map(Slug.fold))

    /// The number `text` writes, with the word for points after it or not ("30", "30 điểm", "30đ").
    private static func points(_ text: String) -> Double? {
        FieldReader.number(text) ?? EvaluationEntryBuilder.pointsNumber(text)
    }

    /// The maximum of each score column by its key: a criterion's, an item's (`criterion.item`),
    /// and the bonus's.
    private static func maximumPoints(of rubric: Rubric) -> [String: Double] {
        var maxima = ["bonus": rubric.bonusMax]
        for criterion in rubric.criteria {
            maxima[criterion.id] = criterion.max
            for item in criterion.items { maxima["\(criterion.id).\(item.id)"] = item.max }
        }
        return maxima
    }
}
