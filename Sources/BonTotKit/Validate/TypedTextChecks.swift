/// The checks of a body's text as typed that print run together on the page: columns kept apart
/// by tabs (`TabbedColumnsCheck`) and rows of pipes that make no table (`UnmarkedTableCheck`).
/// They share one parse of the body, made only when it holds a tab or a pipe: most bodies hold
/// neither and cost a scan of their bytes.
enum TypedTextChecks {
    /// Checks `body`, whose first line is line `firstLine` of the file at `path`: its tabbed
    /// columns, then its unmarked tables.
    static func check(_ body: String, firstLine: Int, path: String, sink: DiagnosticSink) {
        let held = marks(of: body)
        guard held.tab || held.pipe, let paragraphs = CmarkDocument.Paragraphs(body) else { return }
        if held.tab { TabbedColumnsCheck.check(paragraphs, firstLine: firstLine, path: path, sink: sink) }
        if held.pipe { UnmarkedTableCheck.check(paragraphs, firstLine: firstLine, path: path, sink: sink) }
    }

    /// Whether `body` holds a tab and whether it holds a pipe, found in one pass over its bytes
    /// (stopping once both are found): the body is parsed only when it holds either.
    static func marks(of body: String) -> (tab: Bool, pipe: Bool) {
        var tab = false, pipe = false
        for byte in body.utf8 {
            if byte == UInt8(ascii: "\t") {
                tab = true
            } else if byte == UInt8(ascii: "|") {
                pipe = true
            } else {
                continue
            }
            if tab && pipe { break }
        }
        return (tab, pipe)
    }
}
