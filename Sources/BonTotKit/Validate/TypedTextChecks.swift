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
    /// private-use bullets of Symbol fonts; '·'): the body is parsed only when it holds any.
    /// Each is found with `memchr`, a bullet's byte then looked at from the start of its line:
    /// Vietnamese letters start with none of these bytes, and a body costs a few scans at the
    /// speed of the C library (and for a dash or a quote mark among words, a look at the byte
    /// before it), not a loop over its bytes in Swift.
    static func marks(of body: String) -> (tab: Bool, pipe: Bool, bullet: Bool) {
        var body = body
        return body.withUTF8 { bytes in
            (ByteSearch.holds(UInt8(ascii: "\t"), in: bytes), ByteSearch.holds(UInt8(ascii: "|"), in: bytes),
             [0xE2, 0xEF, 0xC2].contains { startsALine($0, in: bytes) })
        }
    }

    /// Whether a line of `bytes` starts with `byte` after spaces and tabs.
    private static func startsALine(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        ByteSearch.each(byte, in: bytes) { offset in
            var before = offset
            while before > 0, bytes[before - 1] == UInt8(ascii: " ") || bytes[before - 1] == UInt8(ascii: "\t") { before -= 1 }
            found = before == 0 || bytes[before - 1] == UInt8(ascii: "\n") || bytes[before - 1] == UInt8(ascii: "\r")
            return !found
        }
        return found
    }
}
