/// The bar chart of a ranking's totals, coloured by level, with the level thresholds as guides
/// and every value in its description.
enum RankingChartView {
    /// The chart of `ranking`; `id` must be unique on the page. `mark` gives what became of a
    /// ranked one that no longer exists, written after its name in its label and the description.
    static func figure(_ ranking: Ranking, title: String, id: String = "bieu-do-xep-hang",
                       mark: (RankingRow) -> EndingNotice? = { _ in nil }) -> ChartFigure {
        let rubric = ranking.rubric
        let names = ranking.rows.map { row in row.branchName + (mark(row).map { " " + $0.text } ?? "") }
        let data = zip(ranking.rows, names).map { row, name in
            ChartDatum(label: name, value: row.card.total, valueText: VietnameseFormat.score(row.card.total),
                       tone: .of(row.card.level, in: rubric))
        }
        let description = zip(ranking.rows, names).map { row, name in
            "\(row.rank). \(name): \(VietnameseFormat.score(row.card.total)) điểm"
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
