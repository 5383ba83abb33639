/// The parts every chart shares: the opening `<svg>` with its accessible name and description,
/// and the closing tag.
struct ChartFrame {
    /// Unique on the page: the ids of `<title>` and `<desc>` are made from it.
    var id: String
    var title: String
    /// The text equivalent: every value in words.
    var description: String
    var width: Double
    var height: Double
    var cssClass: String
    /// The size of the chart's text in its own units.
    var fontSize: Double = 13

    /// `<svg …><title>…</title><desc>…</desc><g aria-hidden="true">`: the chart is one image to a
    /// screen reader, named and described by its title and description (every value in words);
    /// what it draws is hidden from it, since Chromium gives an `<svg role="img">` each of its
    /// `<text>`s as a child of the image, read after the description that already said them.
    var opening: String {
        let w = ChartText.coordinate(width), h = ChartText.coordinate(height)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(cssClass)\" viewBox=\"0 0 \(w) \(h)\""
            + " width=\"\(w)\" height=\"\(h)\" role=\"img\" aria-labelledby=\"\(id)-tieu-de \(id)-mo-ta\""
            + " font-family=\"Noto Sans, DejaVu Sans, Arial, sans-serif\" font-size=\"\(ChartText.coordinate(fontSize))\">\n"
            + "<title id=\"\(id)-tieu-de\">\(MarkupText.escape(title))</title>\n"
            + "<desc id=\"\(id)-mo-ta\">\(MarkupText.escape(description))</desc>\n"
            + "<g aria-hidden=\"true\">"
    }

    /// Closes `opening`'s drawing and `<svg>`.
    let closing = "</g>\n</svg>"

    /// `<div …>` opening a chart drawn in slices (`slice`), one image to a screen reader: its
    /// accessible name and description are the frame's title and description, in hidden spans.
    var slicedOpening: String {
        "<div class=\"\(cssClass)\" role=\"img\" aria-labelledby=\"\(id)-tieu-de \(id)-mo-ta\">\n"
            + "<span id=\"\(id)-tieu-de\" hidden>\(MarkupText.escape(title))</span>\n"
            + "<span id=\"\(id)-mo-ta\" hidden>\(MarkupText.escape(description))</span>"
    }

    let slicedClosing = "</div>"

    /// One band of the chart, from `top` down `height` of its units, as an `<svg>` of its own
    /// showing `content` (drawn in the whole chart's coordinates) through that band: a printed
    /// page may end between two bands, never inside one.
    func slice(top: Double, height: Double, cssClass: String, content: String) -> String {
        let w = ChartText.coordinate(width), h = ChartText.coordinate(height)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(cssClass)\" viewBox=\"0 \(ChartText.coordinate(top)) \(w) \(h)\""
            + " width=\"\(w)\" height=\"\(h)\" aria-hidden=\"true\""
            + " font-family=\"Noto Sans, DejaVu Sans, Arial, sans-serif\" font-size=\"\(ChartText.coordinate(fontSize))\">\n"
            + content + "\n</svg>"
    }

    /// `<text>` at a point, its content escaped; `anchor` is `start`, `middle` or `end`.
    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", cssClass: String,
                     fill: String = "#1d1d1f", bold: Bool = false, fontSize: Double? = nil) -> String {
        "<text x=\"\(ChartText.coordinate(x))\" y=\"\(ChartText.coordinate(y))\" text-anchor=\"\(anchor)\""
            + " class=\"\(cssClass)\" fill=\"\(fill)\"\(bold ? " font-weight=\"700\"" : "")"
            + (fontSize.map { " font-size=\"\(ChartText.coordinate($0))\"" } ?? "") + ">"
            + MarkupText.escape(content) + "</text>"
    }

    /// A dashed line between two points.
    static func guideLine(x1: Double, y1: Double, x2: Double, y2: Double) -> String {
        "<line x1=\"\(ChartText.coordinate(x1))\" y1=\"\(ChartText.coordinate(y1))\" x2=\"\(ChartText.coordinate(x2))\""
            + " y2=\"\(ChartText.coordinate(y2))\" class=\"guide\" stroke=\"#8a8580\" stroke-dasharray=\"4 3\"/>"
    }

    /// A vertical stretch of a guide: at `x`, from `top` down to `bottom`.
    struct VerticalRun {
        var x: Double
        var top: Double
        var bottom: Double
    }

    /// Dashed vertical guides drawn as one `<path>`, a subpath to each: they look as `guideLine`s
    /// do (a dash pattern starts afresh on each subpath, as on each line) in a fraction of the bytes.
    static func guidePath(_ runs: [VerticalRun]) -> String {
        let path = runs.map { "M\(ChartText.coordinate($0.x)) \(ChartText.coordinate($0.top))V\(ChartText.coordinate($0.bottom))" }
        return "<path d=\"\(path.joined())\" class=\"guide\" stroke=\"#8a8580\" stroke-dasharray=\"4 3\"/>"
    }

    /// A filled rectangle in a tone.
    static func bar(x: Double, y: Double, width: Double, height: Double, tone: ChartTone) -> String {
        "<rect x=\"\(ChartText.coordinate(x))\" y=\"\(ChartText.coordinate(y))\" width=\"\(ChartText.coordinate(width))\""
            + " height=\"\(ChartText.coordinate(height))\" class=\"\(tone.cssClass)\" fill=\"\(tone.fill)\"/>"
    }
}
