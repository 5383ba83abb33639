/// A horizontal bar chart in inline SVG: one bar per item with its name above it and its value
/// at its end, e.g. the totals of a ranking. Names get the full width, so the chart stays
/// legible when a phone scales it down.
struct HorizontalBarChart {
    var id: String
    var title: String
    var description: String
    var data: [ChartDatum]
    /// The value of a full-width bar; at least the largest value.
    var maximum: Double
    var guides: [ChartGuide] = []

    static let width = 480.0
    static let rowHeight = 38.0
    static let barHeight = 14.0
    static let axisHeight = 22.0
    /// Room after the longest bar for its value.
    static let valueRoom = 44.0

    /// The `<svg>` element.
    var svg: String {
        let height = Double(data.count) * Self.rowHeight + Self.axisHeight + 4
        let frame = ChartFrame(id: id, title: title, description: description, width: Self.width,
                               height: height, cssClass: "chart-bars")
        let scale = max(maximum, data.map(\.value).max() ?? 0, 1)
        let plot = Self.width - Self.valueRoom
        let x = { (value: Double) in max(0, value) / scale * plot }
        let bottom = Double(data.count) * Self.rowHeight
        var parts = [frame.opening]
        for guide in guides where guide.value > 0 && guide.value <= scale {
            parts.append(ChartFrame.guideLine(x1: x(guide.value), y1: 0, x2: x(guide.value), y2: bottom + 4))
            parts.append(ChartFrame.text(guide.label, x: x(guide.value), y: bottom + 18, anchor: "middle",
                                         cssClass: "axis", fill: "#5b5b60"))
        }
        parts.append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"\(ChartText.coordinate(bottom + 4))\" stroke=\"#5b5b60\"/>")
        for (index, datum) in data.enumerated() {
            let top = Double(index) * Self.rowHeight
            let length = x(datum.value)
            parts.append("<g class=\"bar\">"
                + ChartFrame.text(datum.label.joined(separator: " "), x: 4, y: top + 14, cssClass: "bar-label")
                + ChartFrame.bar(x: 0, y: top + 19, width: length, height: Self.barHeight, tone: datum.tone)
                + ChartFrame.text(datum.valueText, x: length + 4, y: top + 31, cssClass: "bar-value", bold: true)
                + "</g>")
        }
        parts.append(frame.closing)
        return parts.joined(separator: "\n")
    }
}
