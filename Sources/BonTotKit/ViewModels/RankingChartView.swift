/// The bar chart of a ranking's totals, coloured by level, with the level thresholds as guides
/// and every value in its description.
enum RankingChartView {
    /// The chart of `ranking`; `id` must be unique on the page.
    static func figure(_ ranking: Ranking, title: String, id: String = "bieu-do-xep-hang") -> ChartFigure {
        let rubric = ranking.rubric
        let data = ranking.rows.map { row in
            ChartDatum(label: row.branchName, value: row.card.total, valueText: VietnameseFormat.score(row.card.total),
                       tone: row.card.level.map { ChartTone.level(rubric.rank(ofLevel: $0.id)) } ?? .muted)
        }
        let description = ranking.rows.map { row in
            "\(row.rank). \(row.branchName): \(VietnameseFormat.score(row.card.total)) điểm"
                + (row.card.level.map { ", \($0.phrase)" } ?? "")
        }.joined(separator: "; ") + "."
        let guides = rubric.levels.filter { $0.min > 0 }.map { ChartGuide(value: $0.min, label: VietnameseFormat.score($0.min)) }
        let chart = HorizontalBarChart(id: id, title: "Tổng điểm — \(title)", description: description, data: data,
                                       maximum: rubric.scale, guides: guides)
        let used = Set(ranking.rows.compactMap(\.card.level?.id))
        let legend = rubric.levels.filter { used.contains($0.id) }.map { level in
            ChartLegendEntry(label: level.name + (level.min > 0 ? " (từ \(VietnameseFormat.score(level.min)) điểm)" : ""),
                             tone: ChartTone.level(rubric.rank(ofLevel: level.id)))
        }
        return ChartFigure(svg: chart.svg,
                           caption: "Tổng điểm của từng chi bộ; đường đứt nét là ngưỡng điểm của các mức xếp loại. "
                               + "Số liệu chi tiết ở bảng xếp hạng.",
                           legend: legend)
    }
}
