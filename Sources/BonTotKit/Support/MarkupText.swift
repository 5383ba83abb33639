/// Escapes text that bontot writes into markup itself, where Mustache's escaping does not reach:
/// the Atom feed and the sitemap, the SVG of charts (inside `{{{svg}}}`), the preview server's
/// own pages. `&`, `<`, `>`, `"` and `'` become entities, so a branch called `<script>` stays
/// text, and the control characters XML 1.0 forbids are dropped (tab and line breaks are kept).
public enum MarkupText {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
