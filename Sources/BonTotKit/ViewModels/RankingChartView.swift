/// The bar chart of a ranking's totals, coloured by level, with the level thresholds as guides
/// and every value in its description.
enum RankingChartView {
    /// The chart of `ranking`: one figure, or for a ranking of more than
    /// `HorizontalBarChart.mostBarsInOnePart` the parts it is drawn in (`HorizontalBarChart.parts`),
    /// each its own figure titled "Phần 1/3: hạng 1 đến 17", so that a printed part fits a page
    /// with its names readable. `id` must be unique on the page (a part's is followed by its
    /// number). `mark` gives what became of a ranked one that no longer exists, written after its
    /// name in its label and the description.
    static func figures(_ ranking: Ranking, title: String, id: String = "bieu-do-xep-hang",
                        mark: (RankingRow) -> EndingNotice? = { _ in nil }) -> [ChartFigure] {
        let rubric = ranking.rubric
        let rows = ranking.rows
        let names = rows.map { row in row.branchName + (mark(row).map { " " + $0.text } ?? "") }
        let data = zip(rows, names).map { row, name in
            ChartDatum(label: name, value: row.card.total, valueText: VietnameseFormat.score(row.card.total),
                       tone: .of(row.card.level, in: rubric))
        }
        // Every part drawn to the same scale, so that bars compare from one part to the next.
        let maximum = max(rubric.scale, data.map(\.value).max() ?? 0)
        let parts = HorizontalBarChart.parts(of: data)
        return parts.enumerated().map { number, part in
            let partName = parts.count > 1 ? "phần \(number + 1)/\(parts.count)" : nil
            let description = part.map { index in
                "\(rows[index].rank). \(names[index]): \(VietnameseFormat.score(rows[index].card.total)) điểm"
                    + (rows[index].card.level.map { ", \($0.phrase)" } ?? "")
            }.joined(separator: "; ") + "."
            let chart = HorizontalBarChart(id: partName == nil ? id : "\(id)-\(number + 1)",
                                           title: "Tổng điểm — \(title)" + (partName.map { " (\($0))" } ?? ""),
                                           description: description, data: Array(data[part]),
                                           maximum: maximum, guides: ChartGuide.thresholds(of: rubric))
            let used = Set(part.compactMap { rows[$0].card.level?.id })
            let legend = rubric.levels.filter { used.contains($0.id) }.map { level in
                let threshold = level.min > 0 ? " (từ \(VietnameseFormat.score(level.min)) điểm)" : ""
                return ChartLegendEntry(label: level.name + threshold, tone: .of(level, in: rubric))
            }
            var figure = ChartFigure(svg: chart.svg,
                                     caption: "Tổng điểm của từng \(ranking.subject.noun); đường đứt nét là ngưỡng điểm của các mức xếp loại. "
                                         + "Số liệu chi tiết ở bảng xếp hạng.",
                                     legend: legend)
            if let partName, let first = part.first, let last = part.last {
                let (from, to) = (rows[first].rank, rows[last].rank)
                figure.partTitle = partName.prefix(1).uppercased() + partName.dropFirst()
                    + (from == to ? ": hạng \(from)" : ": hạng \(from) đến \(to)")
            }
            return figure
        }
    }
}
