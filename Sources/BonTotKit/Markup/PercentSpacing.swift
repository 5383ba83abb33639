import CCmark

/// A percentage a clerk typed in a body with a space before its sign ("92,9 %", as Vietnamese
/// writes it) keeps the sign on the number's line, as the figures bontot writes itself do
/// (`FigureMedium.page`): the space becomes a no-break space, so "(92,9" and "%)" never fall on
/// two lines of a phone's screen or a printed bulletin. Only in the document's text, never in
/// code, an address or raw HTML; the file itself is not changed.
enum PercentSpacing {
    /// True when `markdown` may hold a number, a space and a percent sign: most bodies do not,
    /// and are not walked.
    static func mayApply(to markdown: String) -> Bool {
        var previousIsSpace = false
        for byte in markdown.utf8 {
            if byte == UInt8(ascii: "%"), previousIsSpace { return true }
            previousIsSpace = byte == UInt8(ascii: " ")
        }
        return false
    }

    /// Joins the percent sign to its number in every text node of `document`.
    static func apply(in document: OpaquePointer) {
        CmarkDocument.each(CMARK_NODE_TEXT, in: document) { node in
            guard let literal = cmark_node_get_literal(node), let joined = joined(String(cString: literal)) else { return }
            cmark_node_set_literal(node, joined)
        }
    }

    /// `text` with each space between a digit and a percent sign made a no-break space; nil when
    /// there is none.
    static func joined(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var changed = false
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count, scalars[index + 1] == "%",
               ("0"..."9").contains(scalars[index - 1]) {
                result.append("\u{00A0}")
                changed = true
            } else {
                result.append(scalar)
            }
        }
        return changed ? String(result) : nil
    }
}
