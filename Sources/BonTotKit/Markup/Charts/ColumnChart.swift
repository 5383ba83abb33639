/// A column chart in inline SVG: one column per period (year, month) with its value above it
/// and its label below, e.g. a branch's totals by year or its attendance by month. When many
/// columns share the width, their values are written smaller so that neighbours do not overlap;
/// when even the smallest size is wider than a column's slot (twelve months' "100,0 %"), a value
/// that would touch its left neighbour's is written a line above it, the chart growing taller
/// at its top when it must.
struct ColumnChart: Chart {
    let content: ChartContent

    static let fontSize = 13.0
    /// The smallest size a value above a column is written in.
    static let smallestValueSize = 9.0
    static let plotTop = 22.0
    static let plotHeight = 150.0
    static let left = 46.0
    static let right = 8.0
    static let labelHeight = 36.0
    static let widestColumn = 44.0

    /// The `<svg>` element.
    var svg: String {
        let data = content.data, scale = content.scale
        let slot = (Self.width - Self.left - Self.right) / Double(max(data.count, 1))
        let column = min(Self.widestColumn, slot * 0.6)
        // A bold glyph averages about 0,62 em; the widest value must fit its slot.
        let widest = Double(data.map(\.valueText.count).max() ?? 1)
        let fitting = (slot - 4) / (max(widest, 1) * 0.62)
        let valueSize = fitting < Self.fontSize ? max(Self.smallestValueSize, fitting.rounded(.down)) : nil
        let size = valueSize ?? Self.fontSize
        let plotTop = Self.plotTop + Self.extraTop(data: data, scale: scale, slot: slot, size: size)
        let baseline = plotTop + Self.plotHeight
        let y = { (value: Double) in baseline - max(0, value) / scale * Self.plotHeight }
        let valueLines = Self.valueBaselines(tops: data.map { y($0.value) }, widths: data.map { Self.textWidth($0.valueText, size: size) },
                                             slot: slot, size: size)
        let frame = self.frame(height: baseline + Self.labelHeight, cssClass: "chart-columns")
        var parts = [frame.opening]
        for guide in content.visibleGuides {
            parts.append(ChartFrame.guideLine(x1: Self.left, y1: y(guide.value), x2: Self.width - Self.right, y2: y(guide.value)))
            parts.append(ChartFrame.text(guide.label, x: Self.left - 4, y: y(guide.value) + 4, anchor: "end",
                                         cssClass: "axis", fill: "#5b5b60"))
        }
        parts.append("<line x1=\"\(ChartText.coordinate(Self.left))\" y1=\"\(ChartText.coordinate(baseline))\""
            + " x2=\"\(ChartText.coordinate(Self.width - Self.right))\" y2=\"\(ChartText.coordinate(baseline))\" stroke=\"#5b5b60\"/>")
        for (index, datum) in data.enumerated() {
            let center = Self.left + slot * (Double(index) + 0.5)
            let top = y(datum.value)
            var group = "<g class=\"column\">"
                + ChartFrame.bar(x: center - column / 2, y: top, width: column, height: baseline - top, tone: datum.tone)
                + ChartFrame.text(datum.valueText, x: center, y: valueLines[index], anchor: "middle", cssClass: "bar-value", bold: true,
                                 fontSize: valueSize)
            for (line, text) in datum.label.prefix(2).enumerated() {
                group += ChartFrame.text(text, x: center, y: baseline + 16 + Double(line) * 15, anchor: "middle",
                                         cssClass: "axis")
            }
            parts.append(group + "</g>")
        }
        parts.append(frame.closing)
        return parts.joined(separator: "\n")
    }

    /// The width of `text` in bold at `size`, about 0,62 em a glyph.
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * 0.62 * size
    }

    /// The baseline of each column's value: 5 units above its column, or, where it would touch
    /// the value of the column on its left (wider than the gap between their centres, and less
    /// than a line above or below it), a line above that value.
    static func valueBaselines(tops: [Double], widths: [Double], slot: Double, size: Double) -> [Double] {
        let line = (size * 1.2).rounded(.up)
        var baselines: [Double] = []
        for (index, top) in tops.enumerated() {
            var baseline = top - 5
            if index > 0, (widths[index] + widths[index - 1]) / 2 + 2 > slot,
               abs(baseline - baselines[index - 1]) < line {
                baseline = min(baseline, baselines[index - 1] - line)
            }
            baselines.append(baseline)
        }
        return baselines
    }

    /// How much lower the plot must start than `plotTop` for the highest value, raised above its
    /// neighbour's, to stay inside the chart.
    static func extraTop(data: [ChartDatum], scale: Double, slot: Double, size: Double) -> Double {
        let tops = data.map { plotTop + plotHeight - max(0, $0.value) / scale * plotHeight }
        let baselines = valueBaselines(tops: tops, widths: data.map { textWidth($0.valueText, size: size) }, slot: slot, size: size)
        let highest = (baselines.min() ?? plotTop) - size * 0.8
        return max(0, (-highest).rounded(.up) + 1)
    }
}
