/// What a chart shows, whatever its shape: its id, its title and description (the `<svg>`'s
/// accessible name), its data, the value of a full bar or column, and the guide lines across it.
struct ChartContent {
    var id: String
    var title: String
    var description: String
    var data: [ChartDatum]
    /// The value of a full bar or column; at least the largest value.
    var maximum: Double
    var guides: [ChartGuide] = []

    /// The value a full bar or column stands for: `maximum`, or the largest value when it is
    /// larger, and never less than 1.
    var scale: Double { max(maximum, data.map(\.value).max() ?? 0, 1) }

    /// The guides that fall on the chart: above zero and not past a full bar.
    var visibleGuides: [ChartGuide] {
        let scale = scale
        return guides.filter { $0.value > 0 && $0.value <= scale }
    }
}

/// A chart in inline SVG, drawn from its content.
protocol Chart {
    var content: ChartContent { get }
    init(content: ChartContent)
    /// The chart's markup: an `<svg>` element, or (`HorizontalBarChart`) a `<div>` of them.
    var svg: String { get }
}

extension Chart {
    /// Narrow on purpose: a 375 px phone shows a chart at about nine tenths of its size.
    static var width: Double { 400 }

    init(id: String, title: String, description: String, data: [ChartDatum], maximum: Double,
         guides: [ChartGuide] = []) {
        self.init(content: ChartContent(id: id, title: title, description: description, data: data,
                                        maximum: maximum, guides: guides))
    }

    /// The chart's `<svg>` frame, `height` high, with the content's id, title and description.
    func frame(height: Double, cssClass: String, fontSize: Double? = nil) -> ChartFrame {
        var frame = ChartFrame(id: content.id, title: content.title, description: content.description,
                               width: Self.width, height: height, cssClass: cssClass)
        if let fontSize { frame.fontSize = fontSize }
        return frame
    }
}
