/// Numbers and line breaks that bontot writes into SVG markup itself; every piece of text placed
/// in a chart goes through `MarkupText.escape`, since Mustache's escaping does not reach inside
/// `{{{svg}}}`.
enum ChartText {
    /// A coordinate in SVG syntax with at most one decimal (`12`, `12.5`), the same on every run.
    static func coordinate(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// `text` broken between words into lines of at most `width` characters (a longer word
    /// stands alone on its line), e.g. a long branch name under a chart's bar.
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
