extension HorizontalBarChart {
    /// The most bars a chart is drawn with in one piece; a longer one is drawn in parts.
    static let mostBarsInOnePart = 20
    /// The tallest part, in the chart's units: 225 mm at the 10,5 cm a chart of bars is printed
    /// wide (`style.css`), where its 14-unit names print at about 10 pt: a part is no longer than
    /// a sheet (its bars run on over two when it starts low on one).
    static let tallestPart = 225.0 / 105.0 * width

    /// The height of the chart of `data`: its names (one line or two), bars, gaps and axis.
    static func height(of data: ArraySlice<ChartDatum>) -> Double {
        data.map { rowHeight(lines: label(of: $0).lines.count) }
            .reduce(0, +) + axisHeight + 4
    }

    /// `data` cut into parts drawn one after another, each titled, none longer than a sheet: the whole of it when it has at most `mostBarsInOnePart` bars; otherwise the
    /// fewest parts of nearly equal size (the first ones a bar longer), none with more than
    /// `mostBarsInOnePart` bars nor taller than `tallestPart`.
    static func parts(of data: [ChartDatum]) -> [Range<Int>] {
        guard data.count > mostBarsInOnePart else { return [data.indices] }
        var count = (data.count + mostBarsInOnePart - 1) / mostBarsInOnePart
        while true {
            let parts = evenParts(of: data.count, count: count)
            if count >= data.count || parts.allSatisfy({ height(of: data[$0]) <= tallestPart }) { return parts }
            count += 1
        }
    }

    /// `total` items cut into `count` runs whose sizes differ by one at most, longer ones first.
    static func evenParts(of total: Int, count: Int) -> [Range<Int>] {
        let size = total / count, longer = total % count
        var start = 0
        return (0..<count).map { index in
            let end = start + size + (index < longer ? 1 : 0)
            defer { start = end }
            return start..<end
        }
    }
}
