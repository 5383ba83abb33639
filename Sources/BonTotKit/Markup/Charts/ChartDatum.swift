/// One value of a chart: what it is called, its value, the value as written on the chart
/// ("87,5", "90 %") and the tone (colour) it is drawn in.
struct ChartDatum: Encodable, Sendable, Equatable {
    /// The label, one line or two (`["T9", "2024"]`).
    var label: [String]
    var value: Double
    var valueText: String
    var tone: ChartTone

    init(label: [String], value: Double, valueText: String, tone: ChartTone = .primary) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.tone = tone
    }

    init(label: String, value: Double, valueText: String, tone: ChartTone = .primary) {
        self.init(label: [label], value: value, valueText: valueText, tone: tone)
    }
}

/// A dashed reference line across a chart, such as the 90 points of "xuất sắc".
struct ChartGuide: Encodable, Sendable, Equatable {
    var value: Double
    var label: String
}

/// The colour of a bar. Levels take the tone of their position in the rubric, so the colours
/// follow the locality's own levels rather than fixed ids.
struct ChartTone: Encodable, Sendable, Equatable {
    /// The position of the tone in `palette`.
    var index: Int

    static let primary = ChartTone(index: 0)
    /// Green: a value that meets its standard.
    static let good = ChartTone(index: 1)
    /// Amber: a value that falls short of it.
    static let warning = ChartTone(index: 2)
    static let muted = ChartTone(index: 4)

    /// Red, green, amber, grey and a light grey: the theme's colours for levels, best first.
    static let palette = ["#b3161b", "#1f6f3f", "#9a5b00", "#5b5b60", "#a8a29a"]

    /// The tone of the level at `position` from the top (0 is the best level).
    static func level(_ position: Int) -> ChartTone {
        ChartTone(index: min(max(position, 0), 3))
    }

    /// The fill colour.
    var fill: String { Self.palette[index] }
    /// The CSS class, matching `.tone-N` in the theme's stylesheet.
    var cssClass: String { "tone-\(index)" }
}

extension ChartGuide {
    /// A guide at the threshold of each level of the rubric above zero: "90", "70", "50".
    static func thresholds(of rubric: Rubric) -> [ChartGuide] {
        rubric.levels.filter { $0.min > 0 }.map { ChartGuide(value: $0.min, label: VietnameseFormat.score($0.min)) }
    }
}

extension ChartTone {
    /// The tone of a level of `rubric`; muted when there is no level.
    static func of(_ level: Level?, in rubric: Rubric) -> ChartTone {
        level.map { ChartTone.level(rubric.rank(ofLevel: $0.id)) } ?? .muted
    }
}
