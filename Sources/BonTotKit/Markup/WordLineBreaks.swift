import CCmark

/// Word's line break (Shift+Enter), kept as the control character U+000B in text pasted from a
/// document: libcmark passed it to the page as it was, a character HTML forbids and browsers
/// show as nothing, so the words on either side ran together ("hiến đất.Con đường"). It is made
/// what it is in Word, a line break (`<br />`), in the parsed document: a line end typed into
/// the Markdown instead ended an indented code block at that point, and made the rest of a
/// heading a paragraph. In code it is a line end of the code; the file itself is not changed.
enum WordLineBreaks {
    /// True when `markdown` holds a Shift+Enter: most bodies do not, and are not walked.
    static func mayApply(to markdown: String) -> Bool {
        markdown.utf8.contains(0x0B)
    }

    /// Each Shift+Enter in the text of `document` made a line break, in its code a line end.
    static func apply(in document: OpaquePointer) {
        var texts: [OpaquePointer] = []
        CmarkDocument.each(CMARK_NODE_TEXT, in: document) { texts.append($0) }
        for node in texts { split(node) }
        for type in [CMARK_NODE_CODE_BLOCK, CMARK_NODE_CODE, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE] {
            let ending = type == CMARK_NODE_CODE ? " " : "\n"
            CmarkDocument.each(type, in: document) { node in
                guard let literal = cmark_node_get_literal(node), case let text = String(cString: literal),
                      text.utf8.contains(0x0B) else { return }
                cmark_node_set_literal(node, text.replacingOccurrences(of: "\u{0B}", with: ending))
            }
        }
    }

    /// The text node `node` cut at each Shift+Enter, a line break between the pieces.
    private static func split(_ node: OpaquePointer) {
        guard let literal = cmark_node_get_literal(node), case let text = String(cString: literal),
              text.utf8.contains(0x0B) else { return }
        let pieces = text.split(separator: "\u{0B}", omittingEmptySubsequences: false)
        cmark_node_set_literal(node, String(pieces[0]))
        var last = node
        for piece in pieces.dropFirst() {
            guard let lineBreak = cmark_node_new(CMARK_NODE_LINEBREAK) else { return }
            cmark_node_insert_after(last, lineBreak)
            last = lineBreak
            guard !piece.isEmpty, let rest = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            cmark_node_set_literal(rest, String(piece))
            cmark_node_insert_after(last, rest)
            last = rest
        }
    }
}
