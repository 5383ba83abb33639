import Yams

/// Reads `content/rubric.yaml`, checking that items sum to their criterion's maximum and that
/// levels run from the highest `min` down.
enum RubricDecoder {
    static let fields = ["scale", "criteria", "bonus_max", "levels", "four_good", "excellent_quota"]
    /// `rubric.yaml` may also say from which year it applies (`since: 2025`), former scales
    /// (`rubrics/<yyyy>.yaml`) judging the years before.
    static let currentFields = fields + ["since"]
    static let criterionFields = ["id", "name", "max", "items"]
    static let itemFields = ["id", "name", "max"]
    static let levelFields = ["id", "name", "min"]
    static let fourGoodFields = ["title", "min_share_each", "min_level", "no_violations"]

    /// `forUnits` reads a district's `unit-rubric.yaml`, whose `four_good` may add `min_branch_share`;
    /// `isCurrent` the site's `rubric.yaml`, which may say `since`.
    static func decode(_ node: Node?, path: String, sink: DiagnosticSink, forUnits: Bool = false,
                       isCurrent: Bool = false) -> Rubric? {
        guard let reader = FieldReader(node, path: path, lineOffset: 0, known: isCurrent ? currentFields : fields, sink: sink)
        else { return nil }
        let criterionNodes = reader.sequence("criteria")
        let levelNodes = reader.sequence("levels")
        let criteria = criterionNodes.enumerated().compactMap { index, node in
            criterion(node, index: index, reader: reader)
        }
        if reader.value("criteria", required: true) != nil, criteria.isEmpty {
            sink.error(reader.location(of: "criteria"), field: "criteria", "thang điểm cần ít nhất một tiêu chí / at least one criterion is needed")
        }
        let placedLevels = levelNodes.enumerated().compactMap { index, node -> (Level, SourceLocation)? in
            let node = FlowDecimalComma.joined(node, reader: reader, field: { "levels[\(index)].\($0)" })
            guard let level = FieldReader(node, path: path, lineOffset: 0, prefix: "levels[\(index)]", known: levelFields, sink: sink),
                  let id = level.string("id", required: true), let name = level.string("name", required: true),
                  let min = level.number("min", required: true)
            else { return nil }
            return (Level(id: id, name: name, min: min), level.location)
        }
        let levels = placedLevels.map(\.0)
        if reader.value("levels", required: true) != nil { checkDescending(placedLevels, reader: reader) }
        let fourGood = fourGoodRule(reader, levels: levels, forUnits: forUnits)
        let bonusMax = self.bonusMax(reader)
        var rubric = Rubric(
            scale: reader.number("scale") ?? criteria.reduce(0) { $0 + $1.max }, criteria: criteria,
            bonusMax: bonusMax ?? 0, levels: levels, fourGood: fourGood,
            excellentQuota: share("excellent_quota", in: reader, field: "excellent_quota", example: 0.2))
        if isCurrent { rubric.since = reader.year("since") }
        // A criterion or level that could not be read (reported) leaves no scale to judge by: its
        // score files are then checked as files alone (`UnscaledScoreFile`), not told that the
        // criterion's column is unknown, nor the scale that the other criteria do not fill it.
        let complete = criteria.count == criterionNodes.count && levels.count == levelNodes.count
        if complete { checkScale(rubric, reader: reader) }
        checkUniqueIDs(criteria.map(\.id), what: "tiêu chí / criterion", at: reader.location(of: "criteria"), sink: sink)
        // A bonus maximum that could not be read (reported) is no maximum either: each bonus judged
        // by it would be told it is above 0, or above -5.
        let bonusRead = bonusMax != nil || reader.value("bonus_max") == nil
        return criteria.isEmpty || levels.isEmpty || !complete || !bonusRead ? nil : rubric
    }

    /// A criterion, an item or a level written on one line in braces, `{ id: …, max: 27,5 }`,
    /// has its maximum read as typed (`FlowDecimalComma`), with a warning to write 27.5: read
    /// as YAML reads it, the maximum was 27 and `5` an unknown field, and every sum and score
    /// judged by it was told wrong.
    private static func criterion(_ typed: Node, index: Int, reader: FieldReader) -> Criterion? {
        let node = FlowDecimalComma.joined(typed, reader: reader, field: { "criteria[\(index)].\($0)" })
        guard let fields = FieldReader(node, path: reader.path, lineOffset: 0, prefix: "criteria[\(index)]",
                                       known: criterionFields, sink: reader.sink),
              let id = fields.string("id", required: true), let name = fields.string("name", required: true),
              let max = fields.number("max", required: true)
        else { return nil }
        let itemNodes = fields.sequence("items")
        let items = itemNodes.enumerated().compactMap { itemIndex, typedItem -> CriterionItem? in
            let itemNode = FlowDecimalComma.joined(typedItem, reader: reader, field: { "\(id).items[\(itemIndex)].\($0)" })
            guard let item = FieldReader(itemNode, path: reader.path, lineOffset: 0, prefix: "\(id).items[\(itemIndex)]",
                                         known: itemFields, sink: reader.sink),
                  let itemID = item.string("id", required: true), let itemName = item.string("name", required: true),
                  let itemMax = item.number("max", required: true)
            else { return nil }
            guard itemMax > 0 else {
                item.sink.error(item.location(of: "max"), field: "\(id).items[\(itemIndex)].max",
                                "điểm tối đa của mục '\(itemID)' là \(Plain.number(itemMax)), phải lớn hơn 0 / an item's max must be above 0")
                return nil
            }
            return CriterionItem(id: itemID, name: itemName, max: itemMax)
        }
        // A maximum that is not above 0, the criterion's or an item's, or an item that could not be
        // read, is reported on its own line and leaves the criterion unread: each score would
        // otherwise be told it is above a maximum of 0 or -15, and the items that their sum differs.
        guard max > 0 else {
            reader.sink.error(fields.location(of: "max"), field: "criteria[\(index)].max",
                              "điểm tối đa của tiêu chí '\(id)' phải lớn hơn 0 / a criterion's max must be above 0")
            return nil
        }
        guard items.count == itemNodes.count else { return nil }
        let sum = items.reduce(0) { $0 + $1.max }
        if !items.isEmpty, abs(sum - max) > 0.0001 {
            reader.sink.error(fields.location(of: "items"), field: "\(id).items",
                              "các mục của tiêu chí '\(id)' cộng lại \(Plain.number(sum)), khác điểm tối đa \(Plain.number(max)) / items sum to \(Plain.number(sum)), not the criterion's max \(Plain.number(max))")
        }
        checkUniqueIDs(items.map(\.id), what: "mục / item", at: fields.location(of: "items"), sink: reader.sink)
        return Criterion(id: id, name: name, max: max, items: items)
    }

    /// Each level below one with a `min` as high or higher is reported on its own line.
    private static func checkDescending(_ levels: [(Level, SourceLocation)], reader: FieldReader) {
        for ((higher, _), (lower, location)) in zip(levels, levels.dropFirst()) where lower.min >= higher.min {
            reader.sink.error(location, field: "levels",
                              "các mức phải xếp theo 'min' giảm dần: '\(lower.id)' (min \(Plain.number(lower.min))) đứng sau '\(higher.id)' (min \(Plain.number(higher.min))) / levels must be in descending min")
        }
        if levels.isEmpty {
            reader.sink.error(reader.location(of: "levels"), field: "levels", "cần ít nhất một mức xếp loại / at least one level is needed")
        }
        checkUniqueIDs(levels.map(\.0.id), what: "mức / level", at: reader.location(of: "levels"), sink: reader.sink)
    }

    private static func fourGoodRule(_ reader: FieldReader, levels: [Level], forUnits: Bool) -> FourGoodRule {
        let known = forUnits ? fourGoodFields + ["min_branch_share"] : fourGoodFields
        // `four_good: { min_share_each: 0,8 }`: the share read as typed, as a maximum in braces is.
        guard let typed = reader.value("four_good") else { return FourGoodRule() }
        let node = FlowDecimalComma.joined(typed, reader: reader, field: { "four_good.\($0)" }, numbers: .shares)
        guard let fields = FieldReader(node, path: reader.path, lineOffset: reader.lineOffset, prefix: reader.qualified("four_good"),
                                       known: known, sink: reader.sink) else { return FourGoodRule() }
        var rule = FourGoodRule(
            minShareEach: share("min_share_each", in: fields, field: "four_good.min_share_each", example: 0.8) ?? 0.8,
            minLevel: fields.string("min_level") ?? "tot",
            noViolations: fields.bool("no_violations") ?? true)
        rule.title = title(in: fields)
        if forUnits, let share = fields.number("min_branch_share") {
            if (0...1).contains(share) {
                rule.minBranchShare = share
            } else {
                reader.sink.error(fields.location(of: "min_branch_share"), field: "four_good.min_branch_share",
                                  "'min_branch_share' là một tỷ lệ từ 0 đến 1 (ví dụ 0.7) / must be a share between 0 and 1")
            }
        }
        if !levels.isEmpty, !levels.contains(where: { $0.id == rule.minLevel }) {
            reader.sink.error(fields.location(of: "min_level"), field: "four_good.min_level",
                              "mức '\(rule.minLevel)' không có trong 'levels' / unknown level '\(rule.minLevel)'"
                              + Suggestion.hint(for: rule.minLevel, among: levels.map(\.id)))
        }
        return rule
    }

    /// `four_good.title`, the emulation title's name ("Chi bộ trong sạch, vững mạnh"): nil when
    /// absent, or when empty or not text (reported), the default of what is ranked then naming it.
    private static func title(in fields: FieldReader) -> String? {
        guard fields.has("title") else { return nil }
        let field = "four_good.title"
        let empty = "'\(field)' để trống: ghi tên danh hiệu (ví dụ title: \"Chi bộ 4 tốt\") hoặc bỏ dòng này "
            + "/ '\(field)' is empty: name the title or leave the line out"
        guard let node = fields.value("title") else {
            fields.sink.error(fields.location(of: "title"), field: field, empty)
            return nil
        }
        // A number or a yes/no (`title: 4`, `title: yes`) is no name, though YAML reads it as text too.
        guard let scalar = node.scalar, scalar.style != .plain || (FieldReader.number(scalar.string) == nil && node.bool == nil) else {
            fields.typeError("title", node, expected: "một chuỗi, tên danh hiệu / a text, the title's name")
            return nil
        }
        let title = scalar.string.trimmed()
        guard !title.isEmpty else {
            fields.sink.error(fields.location(of: "title"), field: field, empty)
            return nil
        }
        return title
    }

    /// `bonus_max`, from 0 up; nil when absent or not read (reported).
    private static func bonusMax(_ reader: FieldReader) -> Double? {
        guard let bonusMax = reader.number("bonus_max") else { return nil }
        guard bonusMax >= 0 else {
            reader.sink.error(reader.location(of: "bonus_max"), field: "bonus_max",
                              "'bonus_max' là \(Plain.number(bonusMax)), nhỏ hơn 0: điểm thưởng tối đa ghi không dấu, ví dụ bonus_max: 5 "
                                  + "/ must not be below 0")
            return nil
        }
        return bonusMax
    }

    /// A share from 0 to 1, or nil when absent or out of range (reported): `excellent_quota: 20`
    /// meant 20 %, yet read as 2 000 % it never warned, and `min_share_each: 80` gave no branch
    /// the "Chi bộ 4 tốt" title, with no word why; a negative share warned of a quota of −100 %.
    private static func share(_ key: String, in reader: FieldReader, field: String, example: Double) -> Double? {
        guard let share = reader.number(key) else { return nil }
        guard (0...1).contains(share) else {
            let percent = share > 1 && share <= 100
                ? "; nếu là \(Plain.number(share)) % thì viết \(Plain.number(share / 100))" : ""
            reader.sink.error(reader.location(of: key), field: field,
                              "'\(key)' là \(Plain.number(share)), không phải một tỷ lệ từ 0 đến 1 (ví dụ \(Plain.number(example)))"
                                  + "\(percent) / must be a share between 0 and 1, got \(Plain.number(share))")
            return nil
        }
        return share
    }

    private static func checkScale(_ rubric: Rubric, reader: FieldReader) {
        let sum = rubric.criteria.reduce(0) { $0 + $1.max }
        guard reader.value("scale") != nil, !rubric.criteria.isEmpty, abs(sum - rubric.scale) > 0.0001 else { return }
        reader.sink.warning(reader.location(of: "scale"), field: "scale",
                            "các tiêu chí cộng lại \(Plain.number(sum)) điểm, khác thang \(Plain.number(rubric.scale)) / criteria sum to \(Plain.number(sum)), not the scale")
    }

    private static func checkUniqueIDs(_ ids: [String], what: String, at location: SourceLocation, sink: DiagnosticSink) {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            sink.error(location, "\(what) '\(id)' bị lặp / duplicated id '\(id)'")
        }
    }
}
