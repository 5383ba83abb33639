import Foundation

/// One cell of an evaluation row, whichever file it came from: its text and where it stands.
struct ScoreCell {
    var text: String
    var location: SourceLocation
    /// False for a number a workbook stores, whose text bontot wrote (`27.375`), not the clerk.
    var isTyped = true
}

/// Turns one branch's cells (from YAML or CSV) into an `EvaluationEntry`, checking each score
/// against the rubric: unknown columns, missing criteria, scores below 0 or above their max.
struct EvaluationEntryBuilder {
    let rubric: Rubric
    let sink: DiagnosticSink
    /// What the rows score, for the words of the messages: branches, or a district's units.
    var subject: RankingSubject = .branches
    /// The decimal mark of the table the cells come from (CSV, workbook, YAML), which tells what a
    /// score typed "1.000" is (`ThousandsLookalike`); nil reads it as a decimal.
    var decimalMark: TableDecimalMark?
    /// What an unknown column or a missing score is told when the site's scale changed
    /// (`ScaleChangeNote`); nil for a site of one scale.
    var scaleNote: ScaleChangeNote?

    static let extraFields = ["bonus", "penalty", "violations", "level", "note"]

    /// Every key an entry may hold: criterion ids (or `criterion.item`), then the extra fields.
    let knownKeys: [String]

    /// Every key an entry may hold, also a criterion's own id when the rubric splits it into items:
    /// an office that keeps only the criterion's total may write that.
    let acceptedKeys: Set<String>

    init(rubric: Rubric, sink: DiagnosticSink, subject: RankingSubject = .branches, decimalMark: TableDecimalMark? = nil) {
        self.rubric = rubric
        self.sink = sink
        self.subject = subject
        self.decimalMark = decimalMark
        // Worked out once, not for each cell or column they are asked of: a header of 100 000
        // columns made them 100 000 times.
        knownKeys = rubric.criteria.flatMap { criterion in
            criterion.items.isEmpty ? [criterion.id] : criterion.items.map { "\(criterion.id).\($0.id)" }
        } + Self.extraFields
        acceptedKeys = Set(knownKeys + rubric.criteria.map(\.id))
    }

    /// Checks one branch's cells; `checkKeys` is false where the keys were checked once already
    /// (a CSV file's header row), and `reportedAbsent` names the scores reported already (whose
    /// column the header lacks, reported once there; a formula cell saved without its value):
    /// they are not reported missing again.
    func build(branchID: String, cells: [String: ScoreCell], location: SourceLocation, checkKeys: Bool = true,
               reportedAbsent: Set<String> = []) -> EvaluationEntry {
        if checkKeys {
            for (key, cell) in cells.sorted(by: { $0.key < $1.key }) { checkKey(key, at: cell.location) }
        }
        var criterionScores: [String: Double] = [:]
        var itemScores: [String: [String: Double]] = [:]
        // A score not read counts as 0 in the total: the level it reaches says nothing then.
        var unread = false
        func read(_ score: Double?) -> Double {
            if score == nil { unread = true }
            return score ?? 0
        }
        for criterion in rubric.criteria {
            let itemKeys = criterion.items.map { "\(criterion.id).\($0.id)" }
            if criterion.items.isEmpty || (cells[criterion.id] != nil && !itemKeys.contains(where: { cells[$0] != nil })) {
                criterionScores[criterion.id] = read(score("\(criterion.id)", max: criterion.max, cells: cells, branchID: branchID,
                                                           location: location, reportedAbsent: reportedAbsent))
            } else {
                var items: [String: Double] = [:]
                for item in criterion.items {
                    items[item.id] = read(score("\(criterion.id).\(item.id)", max: item.max, cells: cells, branchID: branchID,
                                                location: location, reportedAbsent: reportedAbsent))
                }
                itemScores[criterion.id] = items
                criterionScores[criterion.id] = items.values.reduce(0, +)
                if let total = cells[criterion.id] {
                    sink.error(total.location, field: criterion.id,
                               "\(subject.noun) '\(branchID)' ghi cả tổng '\(criterion.id)' lẫn điểm từng mục; chỉ ghi một cách / give either the criterion's total or its items, not both")
                }
            }
        }
        var entry = EvaluationEntry(
            branchID: branchID, criterionScores: criterionScores, itemScores: itemScores,
            bonus: read(optionalScore("bonus", max: rubric.bonusMax, cells: cells, branchID: branchID)),
            penalty: read(optionalScore("penalty", max: ContentLimits.score, cells: cells, branchID: branchID, isDeduction: true)),
            violations: violations(cells, branchID: branchID),
            statedLevel: level(cells, branchID: branchID),
            note: cells["note"].map(\.text).flatMap { $0.isEmpty ? nil : $0 },
            location: location)
        entry.hasUnreadScore = unread
        if entry.statedLevel != nil {
            entry.statedLevelLocation = cells["level"]?.location
            entry.statedLevelText = cells["level"]?.text
        }
        return entry
    }

    /// True for an optional cell (bonus, penalty, violations, level) left empty or holding a
    /// dash, as office tables write "none" ("-", "–"); a criterion's score is never optional.
    static func isNothing(_ text: String) -> Bool {
        text.isEmpty || ["-", "–", "—", "--"].contains(text)
    }

    /// The number of a score typed with the word for points after it, as text ("25đ", "24 điểm",
    /// "1,5 đ"); nil for anything else.
    static func pointsNumber(_ text: String) -> Double? {
        guard let number = numberBeforePointsWord(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        return FieldReader.number(String(number))
    }

    /// The number part of `trimmed` when it ends in the word for points ("25đ" → "25",
    /// "1,5 điểm" → "1,5"); nil for anything else. A text ending in a digit, as nearly every
    /// score does, is answered without the pattern, which costs far more than the test.
    static func numberBeforePointsWord(_ trimmed: String) -> Substring? {
        guard let last = trimmed.last, last.isLetter || last == "." else { return nil }
        return trimmed.wholeMatch(of: pointsWord)?.output.1
    }

    /// A number and the word for points after it, made once: a literal in the function above was
    /// made again for each cell, a third of the time of a sheet of scores written as text.
    nonisolated(unsafe) private static let pointsWord = /(?i)(.*?\d)\s*(?:đ\.?|điểm|diem)/

    /// Warns about a column or field no criterion and no extra field is called.
    func checkKey(_ key: String, at location: SourceLocation) {
        guard !acceptedKeys.contains(key) else { return }
        sink.warning(location, field: key,
                     "cột/trường không xác định / unknown field '\(key)'" + Suggestion.hint(for: key, among: knownKeys)
                     + (scaleNote?.unknown(key) ?? "") + "; dùng / use: \(knownKeys.joined(separator: ", "))")
    }

    /// A criterion's score, or nil when it is missing or cannot be read (reported).
    private func score(_ key: String, max: Double, cells: [String: ScoreCell], branchID: String, location: SourceLocation,
                       reportedAbsent: Set<String>) -> Double? {
        guard let cell = cells[key], !cell.text.isEmpty else {
            if reportedAbsent.contains(key) { return nil }
            sink.error(cells[key]?.location ?? location, field: key, "\(subject.noun) '\(branchID)' thiếu điểm '\(key)'"
                       + (scaleNote?.missing(key) ?? "") + " / missing score '\(key)'")
            return nil
        }
        return checkedNumber(cell, key: key, max: max, branchID: branchID)
    }

    /// An optional score: 0 when left empty or a dash, nil when it cannot be read (reported).
    /// `isDeduction` for the penalty, which offices often write with its sign ("-2" in the
    /// "Điểm trừ" column): the points taken off, 2, as the sheet's own total adds it.
    private func optionalScore(_ key: String, max: Double?, cells: [String: ScoreCell], branchID: String,
                               isDeduction: Bool = false) -> Double? {
        guard let cell = cells[key], !Self.isNothing(cell.text) else { return 0 }
        return checkedNumber(cell, key: key, max: max, branchID: branchID, isDeduction: isDeduction)
    }

    private func checkedNumber(_ cell: ScoreCell, key: String, max: Double?, branchID: String, isDeduction: Bool = false) -> Double? {
        var thousands: Double?
        if cell.isTyped, let decimalMark, let lookalike = ThousandsLookalike(cell.text) {
            switch lookalike.reading(in: decimalMark, key: key, branchID: branchID, max: max) {
            case .decimal: break
            case .thousands(let value): thousands = value
            case .refused(let message):
                sink.error(cell.location, field: key, message)
                return nil
            }
        }
        guard var value = thousands ?? FieldReader.number(cell.text) ?? Self.pointsNumber(cell.text) else {
            if let typed = ExcelDateScore.typedNumber(cell.text) {
                // A date where a score belongs: a decimal typed with a point, where Windows takes the comma for decimals.
                sink.error(cell.location, field: key,
                           "điểm '\(key)' của '\(branchID)' là ngày \(cell.text), không phải số điểm: có lẽ gõ \(typed.point) trên máy "
                               + "dùng dấu phẩy thập phân nên Excel đổi thành ngày; hãy đổi định dạng ô sang số và gõ lại \(typed.comma) "
                               + "/ a date is not a score: \(typed.point) typed where the decimal mark is a comma became a date")
                return nil
            }
            if cell.text.hasSuffix("%"), FieldReader.number(String(cell.text.dropLast())) != nil {
                // A cell formatted as a percentage holds its fraction (0.9 for 90%), not points.
                sink.error(cell.location, field: key,
                           "điểm '\(key)' của '\(branchID)' ghi dạng phần trăm (\(cell.text)), không phải số điểm: hãy ghi số điểm"
                               + (max.map { " (tối đa \(VietnameseFormat.score($0)))" } ?? "")
                               + " và đổi định dạng ô từ phần trăm sang số / a percentage is not a score: write the points")
                return nil
            }
            sink.error(cell.location, field: key, "điểm '\(key)' của '\(branchID)' không phải số / '\(cell.text)' is not a number")
            return nil
        }
        if value < 0, isDeduction { value = -value }
        if value < 0 {
            sink.error(cell.location, field: key, "điểm '\(key)' của '\(branchID)' là \(Plain.number(value)), nhỏ hơn 0 / score below 0")
            return nil
        }
        if let max, value > max {
            sink.error(cell.location, field: key,
                       "điểm '\(key)' của '\(branchID)' là \(Plain.number(value)), vượt điểm tối đa \(Plain.number(max)) / score above its max \(Plain.number(max))")
            return nil
        }
        return value
    }

    private func violations(_ cells: [String: ScoreCell], branchID: String) -> Int {
        guard let cell = cells["violations"], !Self.isNothing(cell.text) else { return 0 }
        guard let count = Self.wholeNumber(cell.text), (0...ContentLimits.count).contains(count) else {
            sink.error(cell.location, field: "violations",
                       "'violations' của '\(branchID)' phải là số nguyên từ 0 đến \(VietnameseFormat.number(ContentLimits.count)) / must be a whole number from 0 to \(ContentLimits.count)")
            return 0
        }
        return count
    }

    /// A count as a sheet writes it: "2", or "2.0" / "2,0" from a column formatted with decimals
    /// and exported to CSV; nil for anything else ("1,5", "hai").
    static func wholeNumber(_ text: String) -> Int? {
        if let count = Int(text) { return count }
        guard let parts = text.wholeMatch(of: /(\d+)[.,]0+/) else { return nil }
        return Int(parts.output.1)
    }

    private func level(_ cells: [String: ScoreCell], branchID: String) -> String? {
        guard let cell = cells["level"], !Self.isNothing(cell.text) else { return nil }
        guard let stated = LevelWords.level(cell.text, in: rubric) else {
            let ids = rubric.levels.map(\.id)
            sink.error(cell.location, field: "level",
                       "mức xếp loại '\(cell.text)' không có trong thang điểm / unknown level '\(cell.text)'"
                       + Suggestion.hint(for: cell.text, among: ids) + "; dùng / use: \(ids.joined(separator: ", "))")
            return nil
        }
        return stated.id
    }
}
