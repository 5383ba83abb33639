import Foundation

/// HTML Tidy (`tidy -errors`, HTML5) over pages: its errors, and its warnings but for those where
/// tidy 5.6 (Debian 12) does not know HTML5 yet.
enum TidyCheck {
    /// Warnings of tidy 5.6 about markup that HTML5 allows: `aria-current`, SVG's presentation
    /// attributes and `<title id>`, `<div>` grouping a `<dt>`/`<dd>` pair in a `<dl>`, and an
    /// empty `<span>` (a CSS marker) it would trim.
    static let outdatedWarnings = [
        "proprietary attribute \"aria-current\"",
        "<svg> proprietary attribute \"font-family\"",
        "<svg> proprietary attribute \"font-size\"",
        "<title> proprietary attribute \"id\"",
        "missing </div> before <dt>",
        "inserting implicit <dl>",
        "missing </dl> before </div>",
        "missing <dd>",
        "trimming empty <span>",
    ]

    /// Every error and unexpected warning tidy reports for `pages` (paths inside `folder`), as
    /// `page: line …`.
    static func problems(_ pages: [String], in folder: URL, tidy: URL) throws -> [String] {
        var problems: [String] = []
        var start = 0
        while start < pages.count {
            let batch = Array(pages[start..<min(start + 200, pages.count)])
            start += batch.count
            let result = try ExternalTool.run(tidy, ["-errors", "-quiet", "-utf8", "--gnu-emacs", "yes"] + batch, in: folder)
            if result.status > 1 && !result.errors.contains("Error:") {
                problems.append("tidy exited with \(result.status): \(result.errors.prefix(500))")
            }
            for line in result.errors.split(separator: "\n") where line.contains("Error:") || line.contains("Warning:") {
                if line.contains("Warning:"), outdatedWarnings.contains(where: line.contains) { continue }
                problems.append(String(line))
            }
        }
        return problems
    }
}
