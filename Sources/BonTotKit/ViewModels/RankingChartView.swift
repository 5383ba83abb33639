/// The bar chart of a ranking's totals, coloured by level, with the level thresholds as guides
/// and every value in its description.
enum RankingChartView {
    /// The chart of `ranking`; `id` must be unique on the page.
    static func figure(_ ranking: Ranking, title: String, id: String = "bieu-do-xep-hang") -> ChartFigure {
        let rubric = ranking.rubric
        let data = ranking.rows.map { row in
            ChartDatum(label: row.branchName, value: row.card.total, valueText: VietnameseFormat.score(row.card.total),
                       tone: .of(row.card.level, in: rubric))
        }
        let description = ranking.rows.map { row in
            "\(row.rank). \(row.branchName): \(VietnameseFormat.score(row.card.total)) điểm"
                + (row.card.level.map { ", \($0.phrase)" } ?? "")
        }.joined(separator: "; ") + "."
        let chart = HorizontalBarChart(id: id, title: "Tổng điểm — \(title)", description: description, data: data,
                                       maximum: rubric.scale, guides: ChartGuide.thresholds(of: rubric))
        let used = Set(ranking.rows.compactMap(\.card.level?.id))
        let legend = rubric.levels.filter { used.contains($0.id) }.map { level in
            let threshold = level.min > 0 ? " (từ \(VietnameseFormat.score(level.min)) điểm)" : ""
            return ChartLegendEntry(label: level.name + threshold, tone: .of(level, in: rubric))
        }
        return ChartFigure(svg: chart.svg,
                           caption: "Tổng điểm của từng \(ranking.subject.noun); đường đứt nét là ngưỡng điểm của các mức xếp loại. "
                               + "Số liệu chi tiết ở bảng xếp hạng.",
                           legend: legend)
    }
}
