/// What a score sheet writes in the columns that restate what bontot computes: the rank
/// ("Xếp hạng") and the "Chi bộ 4 tốt" mark, read as offices write them. Text read as neither
/// (a note, a title of another kind) is not compared.
enum SheetMarks {
    /// The words of a 4-tốt mark that says yes, folded (`Slug.fold`).
    static let yesWords: Set<String> = Set(["x", "có", "đạt", "1", "Chi bộ 4 tốt", "4 tốt", "Đạt 4 tốt", "Chi bộ bốn tốt",
                                            "Đảng bộ cơ sở 4 tốt", "Đảng bộ 4 tốt"].map(Slug.fold))

    /// The words of a 4-tốt mark that says no, folded; an empty cell and a dash say no as well.
    /// "Chưa đạt" as the ranking's CSV writes it.
    static let noWords: Set<String> = Set(["không", "không đạt", "chưa đạt", "0"].map(Slug.fold))

    /// The rank written in a cell: a whole number from 1 ("3", "03"); nil for anything else.
    static func rank(_ text: String) -> Int? {
        guard let value = FieldReader.number(text.trimmingCharacters(in: .whitespaces)), value >= 1,
              value == value.rounded(), value <= Double(ContentLimits.count) else { return nil }
        return Int(value)
    }

    /// The 4-tốt mark written in a cell: true for "x", "có", "đạt", "✓"; false for an empty
    /// cell, a dash, "không"; nil for anything else.
    static func fourGood(_ text: String) -> Bool? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if EvaluationEntryBuilder.isNothing(trimmed) { return false }
        if ["✓", "✔", "☑"].contains(trimmed) { return true }
        let folded = Slug.fold(trimmed)
        if yesWords.contains(folded) { return true }
        if noWords.contains(folded) { return false }
        return nil
    }
}

extension SheetMarks {
    /// `entry` with the rank, the 4-tốt mark, the second name and the cluster of its branch its row writes in
    /// the columns `header` names.
    static func reading(_ record: EvaluationTable.Row, header: [String], into entry: EvaluationEntry) -> EvaluationEntry {
        var entry = entry
        let text = { (column: String) -> (String, SourceLocation)? in
            guard let index = header.firstIndex(of: column) else { return nil }
            return (index < record.cells.count ? record.cells[index] : "", record.locate(index))
        }
        if let (written, location) = text(EvaluationHeader.rankColumn), let rank = rank(written) {
            entry.sheetRank = SheetStatement(value: rank, location: location)
        }
        if let (written, location) = text(EvaluationHeader.fourGoodColumn), let mark = fourGood(written) {
            entry.sheetFourGood = SheetStatement(value: mark, location: location)
        }
        if let (written, location) = text(EvaluationHeader.secondIDColumn), !written.trimmingCharacters(in: .whitespaces).isEmpty {
            entry.sheetSecondName = SheetStatement(value: written.trimmingCharacters(in: .whitespaces), location: location)
        }
        if let (written, location) = text(EvaluationHeader.clusterColumn), !written.trimmingCharacters(in: .whitespaces).isEmpty {
            entry.sheetCluster = SheetStatement(value: written.trimmingCharacters(in: .whitespaces), location: location)
        }
        return entry
    }

    /// `entries` without their 4-tốt marks when the column is blank in every row: a column the
    /// office has not filled in yet says nothing of any branch.
    static func withoutBlankFourGoodColumn(_ entries: [EvaluationEntry], header: [String], rows: [EvaluationTable.Row]) -> [EvaluationEntry] {
        guard let index = header.firstIndex(of: EvaluationHeader.fourGoodColumn) else { return entries }
        let filled = rows.contains { $0.cells.indices.contains(index) && !EvaluationEntryBuilder.isNothing($0.cells[index].trimmingCharacters(in: .whitespaces)) }
        guard !filled else { return entries }
        return entries.map { entry in
            var entry = entry
            entry.sheetFourGood = nil
            return entry
        }
    }
}
