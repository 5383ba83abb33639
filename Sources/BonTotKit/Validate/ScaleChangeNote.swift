/// What a score file of a site whose scale changed is told beside an unknown column or a missing
/// score that the change explains: last year's sheet copied to start this year's (a former
/// criterion's column, this year's new criterion left out), or this year's form used to enter
/// last year's scores (a column of a criterion added since). It names the scale holding the
/// criterion, from its year and file, and the scale judging the file's period: "unknown field"
/// alone sent the office to `rubric.yaml`, where the criterion was.
struct ScaleChangeNote {
    /// One of the site's scales: the first year it judges and its file.
    private struct Scale {
        var year: Int
        var file: String
        var keys: Set<String>

        /// "thang điểm áp dụng từ năm 2025 (content/rubric.yaml)".
        var words: String { "thang điểm áp dụng từ năm \(year) (\(file))" }
        var english: String { "the scale applied from \(year) (\(file))" }
    }

    private let period: Period
    private let judging: Scale
    /// The scale in force before the judging one, when there is one.
    private let previous: Scale?
    private let others: [Scale]

    /// Nil when the site has one scale, or a scale could not be read, or `period` is unknown.
    init?(scales: RubricHistoryDecoder.Decoded, period: Period?) {
        guard let period, let current = scales.current, let since = current.since, !scales.former.isEmpty else { return nil }
        var all: [Scale] = []
        for former in scales.former {
            guard let rubric = former.rubric else { return nil }
            all.append(Scale(year: former.year, file: former.file, keys: Self.keys(of: rubric)))
        }
        all.append(Scale(year: since, file: scales.currentFile, keys: Self.keys(of: current)))
        let index = RubricHistory.formerScale(judging: period.year, begun: scales.former.map(\.year), since: since) ?? all.count - 1
        self.period = period
        judging = all[index]
        previous = index > 0 ? all[index - 1] : nil
        others = all.indices.filter { $0 != index }.map { all[$0] }
    }

    /// A criterion's id and, for one split into items, `criterion.item`.
    private static func keys(of rubric: Rubric) -> Set<String> {
        Set(rubric.criteria.flatMap { criterion in [criterion.id] + criterion.items.map { "\(criterion.id).\($0.id)" } })
    }

    /// For a column or field `key` the period's scale does not have but another scale of the
    /// site does: "; 'lanh-dao' là tiêu chí của thang điểm áp dụng từ năm 2020 (…), còn kỳ 2024
    /// chấm theo thang điểm áp dụng từ năm 2023 (…): cột này không được tính …". Nil otherwise.
    func unknown(_ key: String) -> String? {
        guard !judging.keys.contains(key), let other = others.last(where: { $0.keys.contains(key) }) else { return nil }
        return "; '\(key)' là tiêu chí của \(other.words), còn kỳ \(period) chấm theo \(judging.words), không có tiêu chí này: "
            + "điểm cột này không được tính / '\(key)' is a criterion of \(other.english); \(period) is scored by "
            + "\(judging.english), which has none: the column is not counted"
    }

    /// For a score `key` of the period's scale that the scale before it did not ask: ": tiêu chí
    /// mới của thang điểm áp dụng từ năm 2025 (…), thang điểm chấm kỳ 2025, …". Nil otherwise.
    func missing(_ key: String) -> String? {
        guard let previous, judging.keys.contains(key), !previous.keys.contains(key) else { return nil }
        return ": tiêu chí mới của \(judging.words), thang điểm chấm kỳ \(period), không có trong thang điểm trước đó "
            + "(\(previous.file)) / a criterion new in \(judging.english), which scores \(period)"
    }
}
