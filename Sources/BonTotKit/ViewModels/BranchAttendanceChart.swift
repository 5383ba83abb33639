/// A branch's attendance trend: the mean attendance rate of each of its latest months as
/// columns, green above the 85 % of a quality meeting and amber at or below it.
enum BranchAttendanceChart {
    /// Months shown, the latest ones.
    static let months = 12

    /// The chart, or nil when no month of the span records attendance.
    static func figure(_ discipline: BranchDiscipline) -> ChartFigure? {
        let records = discipline.months.suffix(months)
        guard records.contains(where: { $0.averageAttendance != nil }) else { return nil }
        let threshold = MeetingQuality.minimumAttendance
        var previousYear: Int?
        let data = records.map { record in
            let year = record.month.year == previousYear ? [] : ["\(record.month.year)"]
            previousYear = record.month.year
            let label = ["T\(record.month.month)"] + year
            guard let rate = record.averageAttendance else {
                return ChartDatum(label: label, value: 0, valueText: "—", tone: .muted)
            }
            let text = VietnameseFormat.percent(rate, for: .page)
            return ChartDatum(label: label, value: rate * 100, valueText: text, tone: rate > threshold ? .good : .warning)
        }
        let description = records.map { record in
            VietnameseFormat.monthYear(record.month) + ": "
                + (record.averageAttendance.map { VietnameseFormat.percent($0, for: .page) } ?? "không có biên bản")
        }.joined(separator: "; ")
        let limit = VietnameseFormat.normPercent(threshold, for: .page)
        let chart = ColumnChart(id: "bieu-do-du-hop", title: "Tỷ lệ đảng viên dự họp theo tháng",
                                description: PortalFormat.capitalized(description) + ".", data: data, maximum: 100,
                                guides: [ChartGuide(value: threshold * 100, label: limit)])
        let legend = [ChartLegendEntry(label: "Trên \(limit)", tone: .good),
                      ChartLegendEntry(label: "Từ \(limit) trở xuống", tone: .warning)]
        return ChartFigure(svg: chart.svg,
                           caption: "Tỷ lệ đảng viên dự sinh hoạt bình quân mỗi tháng; đường đứt nét là mức \(limit) "
                               + "của buổi sinh hoạt có chất lượng. Số liệu ở bảng trên.",
                           legend: legend.filter { entry in data.contains { $0.tone.cssClass == entry.cssClass } })
    }
}
