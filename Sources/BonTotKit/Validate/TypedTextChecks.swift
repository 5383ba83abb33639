/// The checks of a body's text as typed that print run together on the page: columns kept apart
/// by tabs and Word's bullets (`TabbedColumnsCheck`), rows of pipes that make no table
/// (`UnmarkedTableCheck`). They share one parse of the body, made only when it holds a tab, a
/// pipe or a line starting with a symbol (a bullet's first byte): most bodies hold none and
/// cost a scan of their bytes.
enum TypedTextChecks {
    /// Checks `body`, whose first line is line `firstLine` of the file at `path`: its tabbed
    /// columns, then its unmarked tables.
    static func check(_ body: String, firstLine: Int, path: String, sink: DiagnosticSink) {
        let held = marks(of: body)
        guard held.tab || held.pipe || held.bullet, let paragraphs = CmarkDocument.Paragraphs(body) else { return }
        if held.tab || held.bullet { TabbedColumnsCheck.check(paragraphs, firstLine: firstLine, path: path, sink: sink) }
        if held.pipe { UnmarkedTableCheck.check(paragraphs, firstLine: firstLine, path: path, sink: sink) }
    }

    /// Whether `body` holds a tab, whether it holds a pipe, and whether a line of it starts
    /// (after spaces) with a byte Word's bullets start with (U+2000–U+2FFF: '•', '▪', '–'; the
    /// private-use bullets of Symbol fonts; '·'), found in one pass over its bytes (stopping once
    /// all are found): the body is parsed only when it holds any. Vietnamese letters start with
    /// none of these bytes.
    static func marks(of body: String) -> (tab: Bool, pipe: Bool, bullet: Bool) {
        var tab = false, pipe = false, bullet = false, lineStart = true
        for byte in body.utf8 {
            if byte == UInt8(ascii: "\t") {
                tab = true
                continue
            } else if byte == UInt8(ascii: "|") {
                pipe = true
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lineStart = true
                continue
            } else if byte == UInt8(ascii: " ") {
                continue
            } else if lineStart {
                bullet = bullet || byte == 0xE2 || byte == 0xEF || byte == 0xC2
            }
            lineStart = false
            if tab && pipe && bullet { break }
        }
        return (tab, pipe, bullet)
    }
}
