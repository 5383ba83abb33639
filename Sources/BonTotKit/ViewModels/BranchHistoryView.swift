/// A branch's classification history: one row per yearly evaluation (newest first), the
/// chart of its totals by year, and its "N năm liền" streaks in words.
struct BranchHistoryView: Encodable {
    var rows: [BranchHistoryRow]
    var hasRows: Bool
    /// The title, as the newest year's rubric names it ("Chi bộ 4 tốt" by default): the head of
    /// the mark's column.
    var fourGoodTitle: String
    var chart: ChartFigure?
    /// Current streaks: "Hoàn thành xuất sắc nhiệm vụ 02 năm liền (2023–2024)", as text (for a
    /// site's own template written before `streakLines`) and in parts (`StreakLine`).
    var streaks: [String]
    var streakLines: [StreakLine]
    var hasStreaks: Bool
    /// Longer streaks of the past that have ended.
    var pastStreaks: [String]
    var pastStreakLines: [StreakLine]
    var hasPastStreaks: Bool
    /// Years after the last yearly result in which the branch was scored by quarter or month
    /// only: their results and where the year's classification comes from.
    var pendingYears: [BranchPendingYear]
    var hasPendingYears: Bool

    /// `dissolved`: the day the branch ceased to exist, if it did (`Branch.dissolved`); `folder`:
    /// the site's folder as the top site names it (`PortalContext.sourceFolder`).
    init(_ branchID: String, dissolved: CalendarDate? = nil, analysis: SiteAnalysis, links: Links, folder: String = "") {
        let yearly = analysis.rankings.filter(\.period.isYear)
        let byYear = yearly.compactMap { ranking in
            ranking.rows.first { $0.branchID == branchID }.map { (ranking.period.year, (ranking, $0)) }
        }
        let entries = Dictionary(byYear, uniquingKeysWith: { _, last in last }).sorted { $0.key < $1.key }.map(\.value)
        rows = entries.reversed().map { BranchHistoryRow(ranking: $0.0, row: $0.1, links: links) }
        hasRows = !rows.isEmpty
        fourGoodTitle = entries.last?.0.title ?? RankingSubject.branches.defaultTitle
        chart = entries.isEmpty ? nil : Self.chart(entries)
        pendingYears = BranchPendingYear.years(of: branchID, dissolved: dissolved, analysis: analysis, links: links,
                                               after: entries.last?.0.period.year, folder: folder)
        hasPendingYears = !pendingYears.isEmpty
        let streak = analysis.streaks[branchID]
        let current = [streak?.excellent, Self.longer(streak?.goodOrBetter, than: streak?.excellent)]
            .compactMap { $0 }.filter { $0.count > 1 }
        streakLines = current.map(StreakLine.init)
        streaks = streakLines.map(\.sentence)
        hasStreaks = !streaks.isEmpty
        let longestCurrent = current.map(\.count).max() ?? 0
        let past = [streak?.longestExcellent, Self.longer(streak?.longestGoodOrBetter, than: streak?.longestExcellent)]
            .compactMap { $0 }.filter { $0.count > 1 && $0.count > longestCurrent && !current.contains($0) }
        pastStreakLines = past.map(StreakLine.init)
        pastStreaks = pastStreakLines.map(\.sentence)
        hasPastStreaks = !pastStreaks.isEmpty
    }

    /// `streak` when it runs longer than `other` (a good-or-better run that only repeats the
    /// top-level run says nothing new).
    private static func longer(_ streak: Streak?, than other: Streak?) -> Streak? {
        guard let streak else { return nil }
        return streak.count > (other?.count ?? 0) ? streak : nil
    }

    /// Totals by year as columns coloured by level, the level thresholds as guides. Each year's
    /// level takes its colour in the scale that judged it; the guides are the thresholds of the
    /// latest year's scale, the chart as high as the highest scale.
    private static func chart(_ entries: [(Ranking, RankingRow)]) -> ChartFigure {
        let rubric = entries[entries.count - 1].0.rubric
        let data = entries.map { ranking, row in
            ChartDatum(label: "\(ranking.period.year)", value: row.card.total,
                       valueText: VietnameseFormat.score(row.card.total), tone: .of(row.card.level, in: ranking.rubric))
        }
        let description = PortalFormat.capitalized(entries.map { ranking, row in
            "năm \(ranking.period.year): \(VietnameseFormat.score(row.card.total)) điểm"
                + (row.card.level.map { ", \($0.phrase)" } ?? "")
        }.joined(separator: "; ")) + "."
        let chart = ColumnChart(id: "bieu-do-tong-diem", title: "Tổng điểm thi đua qua các năm", description: description,
                                data: data, maximum: entries.map(\.0.rubric.scale).max() ?? rubric.scale,
                                guides: ChartGuide.thresholds(of: rubric))
        // The levels shown, newest scale first, each scale's in its order; a level named and
        // coloured alike in two scales once.
        var legend: [ChartLegendEntry] = []
        var seen = Set<String>()
        for scale in entries.reversed().map(\.0.rubric) {
            let used = Set(entries.filter { $0.0.rubric == scale }.compactMap { $0.1.card.level?.id })
            for level in scale.levels where used.contains(level.id) {
                let tone = ChartTone.of(level, in: scale)
                if seen.insert("\(level.name)\u{0}\(tone.index)").inserted { legend.append(ChartLegendEntry(label: level.name, tone: tone)) }
            }
        }
        return ChartFigure(svg: chart.svg,
                           caption: "Tổng điểm thi đua qua các năm; đường đứt nét là ngưỡng điểm của các mức xếp loại. "
                               + "Số liệu ở bảng trên.",
                           legend: legend)
    }
}

/// A year of the classification history, or a quarter or month of a pending year: total,
/// level, rank among all ranked, 4-tốt.
struct BranchHistoryRow: Encodable {
    var year: String
    /// "Năm 2024", "Quý III năm 2024", "Tháng 9 năm 2024".
    var period: String
    var rankingHref: String
    var total: String
    var historyBadge: LevelBadge?
    /// "1/5".
    var rank: String
    var isFourGood: Bool

    init(ranking: Ranking, row: RankingRow, links: Links) {
        year = "\(ranking.period.year)"
        period = PortalFormat.capitalized(VietnameseFormat.period(ranking.period))
        rankingHref = links.ranking(ranking.period)
        total = VietnameseFormat.score(row.card.total)
        historyBadge = row.card.level.map(LevelBadge.init)
        rank = "\(VietnameseFormat.number(row.rank))/\(VietnameseFormat.number(ranking.rows.count))"
        isFourGood = row.isFourGood
    }
}
