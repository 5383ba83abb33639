/// A chart as a page shows it: the SVG markup bontot made (rendered with `{{{svg}}}`), a
/// caption, and the legend of its colours; a part of a chart drawn in parts has a title above it.
struct ChartFigure: Encodable {
    var svg: String
    /// "Phần 1/3: hạng 1 đến 17", a heading above one part of a chart drawn in parts; nil otherwise.
    var partTitle: String?
    var caption: String
    var legend: [ChartLegendEntry]
    var hasLegend: Bool

    init(svg: String, caption: String, legend: [ChartLegendEntry] = []) {
        self.svg = svg
        self.caption = caption
        self.legend = legend
        hasLegend = !legend.isEmpty
    }
}

/// One colour of a chart and what it stands for.
struct ChartLegendEntry: Encodable {
    var label: String
    var cssClass: String

    init(label: String, tone: ChartTone) {
        self.label = label
        cssClass = tone.cssClass
    }
}
