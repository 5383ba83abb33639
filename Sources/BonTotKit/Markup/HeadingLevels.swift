/// The levels a body's headings take on the page, where the body sits under a heading of the
/// page (`base`: 1 under the page's `<h1>`, 2 inside a section headed by an `<h2>`). A body's
/// outermost headings come one level under `base`, and every heading one level under the
/// nearest heading above it of a lower level in the source: the page's outline skips no level
/// (`#` then `###` become `<h3>` then `<h4>` under an `<h2>`), and a heading too deep to have a
/// level of its own stays at `<h6>`.
struct HeadingLevels {
    /// The deepest level HTML has.
    static let deepest = 6

    private let base: Int
    /// The headings met that may still hold the next ones: their level as written and as shown.
    private var open: [(written: Int, shown: Int)] = []

    /// The levels of a body under a heading of level `base` (clamped to 1…5).
    init(under base: Int) {
        self.base = min(max(base, 1), Self.deepest - 1)
    }

    /// The level to show for the next heading, in document order, written at level `written`.
    mutating func level(of written: Int) -> Int {
        while let last = open.last, last.written >= written { open.removeLast() }
        let shown = min((open.last?.shown ?? base) + 1, Self.deepest)
        open.append((written, shown))
        return shown
    }
}
