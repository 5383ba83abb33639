/// A horizontal bar chart in inline SVG: one bar per item with its name above it and its value
/// at its end, e.g. the totals of a ranking. Names get the full width, and a long name is broken
/// over two lines, so the chart is narrow enough for a phone to show it almost at full size.
struct HorizontalBarChart: Chart {
    let content: ChartContent

    static let fontSize = 14.0
    /// The distance between two lines of a name.
    static let lineHeight = 17.0
    static let barHeight = 14.0
    static let axisHeight = 22.0
    /// Room after the longest bar for its value.
    static let valueRoom = 40.0
    /// The characters of a name that fit on one line, counting an average glyph as 0,58 em.
    static let lineCharacters = Int((width - 8) / (fontSize * 0.58))

    /// The `<svg>` element.
    var svg: String {
        let data = content.data, scale = content.scale
        let rows = data.map { ChartText.lines($0.label.joined(separator: " "), width: Self.lineCharacters) }
        let heights = rows.map { Self.rowHeight(lines: $0.count) }
        let bottom = heights.reduce(0, +)
        let height = bottom + Self.axisHeight + 4
        let frame = self.frame(height: height, cssClass: "chart-bars", fontSize: Self.fontSize)
        let plot = Self.width - Self.valueRoom
        let x = { (value: Double) in max(0, value) / scale * plot }
        var parts = [frame.opening]
        for guide in content.visibleGuides {
            parts.append(ChartFrame.guideLine(x1: x(guide.value), y1: 0, x2: x(guide.value), y2: bottom + 4))
            parts.append(ChartFrame.text(guide.label, x: x(guide.value), y: bottom + 18, anchor: "middle",
                                         cssClass: "axis", fill: "#5b5b60"))
        }
        parts.append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"\(ChartText.coordinate(bottom + 4))\" stroke=\"#5b5b60\"/>")
        var top = 0.0
        for (index, datum) in data.enumerated() {
            let lines = rows[index]
            let barTop = top + 5 + Double(lines.count) * Self.lineHeight
            let length = x(datum.value)
            var group = "<g class=\"bar\">"
            for (line, text) in lines.enumerated() {
                group += ChartFrame.text(text, x: 4, y: top + 14 + Double(line) * Self.lineHeight, cssClass: "bar-label")
            }
            group += ChartFrame.bar(x: 0, y: barTop, width: length, height: Self.barHeight, tone: datum.tone)
                + ChartFrame.text(datum.valueText, x: length + 4, y: barTop + 12, cssClass: "bar-value", bold: true)
                + "</g>"
            parts.append(group)
            top += heights[index]
        }
        parts.append(frame.closing)
        return parts.joined(separator: "\n")
    }

    /// The height of an item whose name takes `lines` lines: the name, the bar, a gap.
    static func rowHeight(lines: Int) -> Double {
        Double(lines) * lineHeight + barHeight + 9
    }
}
