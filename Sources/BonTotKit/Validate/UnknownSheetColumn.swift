/// A header cell of a score sheet that names no column bontot reads: a warning once, at the
/// header's cell (a mistyped criterion must not vanish), listing what the sheet's columns may be,
/// as ids and as the words offices title them with.
struct UnknownSheetColumn {
    let builder: EvaluationEntryBuilder
    /// `understood(by: builder)`, written once for a header's unknown columns however many.
    private lazy var columnsRead = Self.understood(by: builder)

    init(_ builder: EvaluationEntryBuilder) { self.builder = builder }

    /// Warns at `location` when `column` is no column a score table may have.
    mutating func check(_ column: String, at location: SourceLocation) {
        guard !builder.acceptedKeys.contains(column) else { return }
        builder.sink.warning(location, field: column,
                             "cột/trường không xác định / unknown field '\(column)'" + Suggestion.hint(for: column, among: builder.knownKeys)
                                 + (builder.scaleNote?.unknown(column) ?? "") + "; bảng điểm đọc các cột / the columns read: \(columnsRead)")
    }

    /// The columns a sheet may have, in the order offices lay them out: the id column, the
    /// criteria (by id, by name or "TC1"), the fixed columns with their words, then the columns
    /// that restate what bontot computes.
    static func understood(by builder: EvaluationEntryBuilder) -> String {
        let fixed = [("bonus", "Điểm thưởng"), ("penalty", "Điểm trừ"), ("violations", "Vi phạm"), ("level", "Xếp loại"), ("note", "Ghi chú")]
        let criteria = builder.knownKeys.filter { !EvaluationEntryBuilder.extraFields.contains($0) }
        let count = builder.rubric.criteria.count
        let numbers = count > 1 ? "TC1…TC\(count)" : "TC1"
        return ([builder.subject.englishNoun + " (" + builder.subject.columnName + ")"]
                + criteria + ["(hoặc tên tiêu chí / or the criterion's name, \(numbers))"]
                + fixed.map { "\($0.0) (\($0.1))" } + EvaluationHeader.restatedHeaders(ranksUnits: builder.subject.ranksUnits))
            .joined(separator: ", ")
    }
}
