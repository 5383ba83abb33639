import Foundation

/// Reads a built page the way a user sees it: text without tags and with entities decoded,
/// the rows of a table found by its caption, the part of a page under one heading.
enum PortalPageText {
    /// The visible text of an HTML fragment, white space collapsed: inline elements (`a`, `span`,
    /// `strong`, `time`…) join their neighbours as in a browser, other elements break words apart.
    static func text(_ html: String) -> String {
        var text = html.replacing(#/</?(?:a|span|strong|em|b|i|time|abbr)(?:\s[^>]*)?>/#, with: "")
        text = text.replacing(#/<[^>]*>/#, with: " ")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The body rows of the table whose caption is `caption`, each as the visible text of its cells.
    static func rows(_ html: String, caption: String) -> [[String]] {
        guard let table = html.ranges(of: "<table").lazy
            .map({ html[$0.lowerBound...] })
            .first(where: { $0.prefix(upTo: $0.range(of: "</table>")?.lowerBound ?? $0.endIndex).contains("<caption>\(caption)</caption>") }),
            let end = table.range(of: "</table>"), let body = table[..<end.lowerBound].range(of: "<tbody>")
        else { return [] }
        let rows = table[body.upperBound..<end.lowerBound].components(separatedBy: "<tr")
        return rows.dropFirst().map { row in
            row.matches(of: #/<t[hd][^>]*>(.*?)</t[hd]>/#.dotMatchesNewlines()).map { text(String($0.output.1)) }
        }
    }

    /// The section whose heading has the id `id` (`<section aria-labelledby="id">`, with a class
    /// before it or not, as a bulletin's), as HTML.
    static func section(_ html: String, id: String) -> String {
        guard let label = html.range(of: " aria-labelledby=\"\(id)\">"),
              let start = html[..<label.lowerBound].range(of: "<section", options: .backwards),
              !html[start.upperBound..<label.lowerBound].contains(">") else { return "" }
        let rest = html[start.lowerBound...]
        return String(rest.prefix(upTo: rest.range(of: "</section>")?.upperBound ?? rest.endIndex))
    }
}

/// Cells of a row read by `PortalPageText.rows`.
extension Array where Element == String {
    /// The cell at `index`, or `"∅"` when the row is shorter, so a broken table fails a test
    /// instead of crashing the test run.
    subscript(cell index: Int) -> String {
        indices.contains(index) ? self[index] : "∅"
    }
}
