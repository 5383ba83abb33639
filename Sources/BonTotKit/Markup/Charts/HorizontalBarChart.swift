/// A horizontal bar chart in inline SVG: one bar per item with its name above it and its value
/// at its end, e.g. the totals of a ranking, each bar a band of its own. Names get the full width, and a long name is broken
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
    static let lineCharacters = Int((width - 8) / (fontSize * ChartText.averageEms))
    /// The most lines a name takes: a longer one is shortened with "…" and its bar's `<title>` (a
    /// mouse's tooltip) holds it whole, as the chart's description does for a screen reader.
    static let mostLines = 2

    /// The lines of the name of `datum` over its bar, and whether they shorten it.
    static func label(of datum: ChartDatum) -> (lines: [String], shortened: Bool) {
        ChartText.lines(datum.label.joined(separator: " "), width: lineCharacters, most: mostLines)
    }

    /// The chart, a band (`<svg>`) to each bar and one for the scale under them, in a `<div>`
    /// that is the one image a screen reader meets: printed, the bars run on from one sheet to
    /// the next like a table's rows, where one tall `<svg>` (never cut by Chromium or WeasyPrint)
    /// went whole to the next sheet and left blank what it did not fill of the sheet before.
    var svg: String {
        let data = content.data, scale = content.scale
        let labels = data.map(Self.label(of:))
        let heights = labels.map { Self.rowHeight(lines: $0.lines.count) }
        let bottom = heights.reduce(0, +)
        let frame = self.frame(height: bottom + Self.axisHeight + 4, cssClass: "chart-bars", fontSize: Self.fontSize)
        let plot = Self.width - Self.valueRoom
        let x = { (value: Double) in max(0, value) / scale * plot }
        // The guides and the axis run down every band, each showing its stretch of them, so that
        // their dashes go on unbroken from one band to the next; the guides are one path, as the
        // band repeats them: a ranking of 1000 branches draws them 1000 times.
        let guides = content.visibleGuides.map { ChartFrame.VerticalRun(x: x($0.value), top: 0, bottom: bottom + 4) }
        var lines = guides.isEmpty ? [] : [ChartFrame.guidePath(guides)]
        lines.append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"\(ChartText.coordinate(bottom + 4))\" stroke=\"#5b5b60\"/>")
        let background = lines.joined(separator: "\n")
        var parts = [frame.slicedOpening]
        var top = 0.0
        for (index, datum) in data.enumerated() {
            let lines = labels[index].lines
            let barTop = top + 5 + Double(lines.count) * Self.lineHeight
            let length = x(datum.value)
            var group = "<g class=\"bar\">"
            if labels[index].shortened { group += "<title>\(MarkupText.escape(datum.label.joined(separator: " ")))</title>" }
            for (line, text) in lines.enumerated() {
                group += ChartFrame.text(text, x: 4, y: top + 14 + Double(line) * Self.lineHeight, cssClass: "bar-label")
            }
            group += ChartFrame.bar(x: 0, y: barTop, width: length, height: Self.barHeight, tone: datum.tone)
                + ChartFrame.text(datum.valueText, x: length + 4, y: barTop + 12, cssClass: "bar-value", bold: true)
                + "</g>"
            parts.append(frame.slice(top: top, height: heights[index], cssClass: "chart-row", content: background + "\n" + group))
            top += heights[index]
        }
        let scaleLabels = content.visibleGuides.map {
            ChartFrame.text($0.label, x: x($0.value), y: bottom + 18, anchor: "middle", cssClass: "axis", fill: "#5b5b60")
        }
        parts.append(frame.slice(top: bottom, height: Self.axisHeight + 4, cssClass: "chart-scale",
                                 content: ([background] + scaleLabels).joined(separator: "\n")))
        parts.append(frame.slicedClosing)
        return parts.joined(separator: "\n")
    }

    /// The height of an item whose name takes `lines` lines: the name, the bar, a gap.
    static func rowHeight(lines: Int) -> Double {
        Double(lines) * lineHeight + barHeight + 9
    }
}
