import Yams

/// Reads `evaluations/<period>.yaml`: the period, an optional title, and every branch's scores.
enum EvaluationDecoder {
    static let fields = ["period", "title", "scores"]

    /// `subject` says what the scores are of, for the words of the messages: branches, or a
    /// district's units.
    static func decode(_ node: Node?, period filePeriod: Period?, path: String, rubric: Rubric,
                       sink: DiagnosticSink, subject: RankingSubject = .branches, scaleNote: ScaleChangeNote? = nil) -> Evaluation? {
        guard let reader = FieldReader(node, path: path, lineOffset: 0, known: fields, sink: sink) else { return nil }
        guard let period = period(reader, filePeriod: filePeriod) else { return nil }
        var builder = EvaluationEntryBuilder(rubric: rubric, sink: sink, subject: subject)
        builder.scaleNote = scaleNote
        var entries: [EvaluationEntry] = []
        if let scores = reader.value("scores", required: true) {
            guard let mapping = scores.mapping else {
                reader.typeError("scores", scores, expected: "một bảng theo \(subject.noun) / a mapping by \(subject.englishNoun) id")
                return nil
            }
            let branches = mapping.compactMap { branchNode, entryNode in
                let branchID = branchNode.string ?? ""
                return cells(of: entryNode, branchID: branchID, reader: reader).map { (branchID, branchNode, $0) }
            }
            // What "1.000" means is told by the decimals the file's other scores are typed with,
            // as in a CSV: Yams keeps each scalar's text ("25,5", "25.5"), read here as typed.
            builder.decimalMark = decimalMark(of: branches.map(\.2))
            for (branchID, branchNode, cells) in branches {
                entries.append(builder.build(branchID: branchID, cells: cells, location: reader.line(of: branchNode)))
            }
        }
        return Evaluation(period: period, title: reader.string("title"), entries: entries, source: SourceLocation(file: path))
    }

    /// The period a YAML evaluation writes (`period: 2024-q3`), which wins over its file's name:
    /// the scale it is checked against is that period's too (`RubricHistory`). Nil when none is
    /// written or it cannot be read (reported when the file is decoded).
    static func writtenPeriod(of node: Node?) -> Period? {
        node?["period"]?.string.flatMap(Period.init)
    }

    /// The period of the file: its `period:`, or else its name's; nil after an error.
    static func period(_ reader: FieldReader, filePeriod: Period?) -> Period? {
        let written = reader.string("period")
        let stated = written.flatMap(Period.init)
        if let written, stated == nil {
            reader.sink.error(reader.location(of: "period"), field: "period",
                              "kỳ '\(written)' không hợp lệ; viết 2024, 2024-q3 hoặc 2024-09 / invalid period")
            return nil
        }
        if let stated, let filePeriod, stated != filePeriod {
            reader.sink.warning(reader.location(of: "period"), field: "period",
                                "kỳ '\(stated)' khác tên tệp '\(filePeriod)': bảng điểm được tính cho kỳ \(stated) (theo 'period'); "
                                + "nếu tên tệp đúng, hãy sửa 'period' / period differs from the file name; the scores count for "
                                + "\(stated), the 'period' written")
        }
        guard let period = stated ?? filePeriod else {
            reader.sink.error(reader.location, field: "period",
                              "không xác định được kỳ đánh giá: đặt tên tệp theo kỳ (2024.yaml) hoặc ghi 'period' / no period")
            return nil
        }
        return period
    }

    /// The decimal mark the scores of every branch are typed with, the words (note, level) aside,
    /// in the file's order: by line, then by criterion for a line holding several
    /// (`{ lanh-dao: 25,5, sinh-hoat: 1.000 }`), so the example a message quotes is the same in
    /// every run whatever a dictionary's order.
    private static func decimalMark(of branches: [[String: ScoreCell]]) -> TableDecimalMark {
        let scores = branches.flatMap { cells in
            cells.filter { !["note", "level"].contains($0.key) }
                .sorted { ($0.value.location.line, $0.key) < ($1.value.location.line, $1.key) }
                .map(\.value)
        }
        return TableDecimalMark(typed: scores.map { (text: $0.text, location: $0.location) })
    }

    /// Flattens one branch's mapping into cells, criterion items as `criterion.item`.
    private static func cells(of node: Node, branchID: String, reader: FieldReader) -> [String: ScoreCell]? {
        guard let mapping = node.mapping else {
            reader.typeError("scores.\(branchID)", node, expected: "một bảng điểm / a mapping of scores")
            return nil
        }
        var cells: [String: ScoreCell] = [:]
        for pair in FlowDecimalComma.pairs(of: mapping, reader: reader, field: { $0 }) {
            let key = pair.key.string ?? ""
            if let items = pair.value.mapping {
                for item in FlowDecimalComma.pairs(of: items, reader: reader, field: { "\(key).\($0)" }) {
                    cells["\(key).\(item.key.string ?? "")"] = ScoreCell(text: item.joinedNumber ?? text(of: item.value),
                                                                         location: reader.line(of: item.key))
                }
            } else {
                cells[key] = ScoreCell(text: pair.joinedNumber ?? text(of: pair.value), location: reader.line(of: pair.key))
            }
        }
        return cells
    }

    /// A scalar's text; a list is shown as such, so it is reported as "not a number".
    private static func text(of node: Node) -> String {
        if let scalar = node.scalar {
            return scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string) ? "" : scalar.string
        }
        return node.sequence != nil ? "[…]" : "{…}"
    }
}
