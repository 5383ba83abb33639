import Foundation

/// HTML Tidy (`tidy -errors`, HTML5) over pages: its errors, and its warnings but for those where
/// tidy 5.6 (Debian 12) does not know HTML5 yet.
enum TidyCheck {
    /// Warnings of tidy 5.6 about markup that HTML5 allows, on any line: `aria-current`, SVG's
    /// presentation attributes and `<title id>`, and an empty `<span>` (a CSS marker) it would trim.
    static let outdatedWarnings = [
        "proprietary attribute \"aria-current\"",
        "<svg> proprietary attribute \"font-family\"",
        "<svg> proprietary attribute \"font-size\"",
        "<title> proprietary attribute \"id\"",
        "trimming empty <span>",
    ]

    /// The warnings tidy 5.6 gives for a `<div>` grouping a `<dt>`/`<dd>` pair in a `<dl>`, which
    /// HTML5 allows, with where it gives each: at the `<div>` or at its `<dt>`. Passed over only
    /// there, and only when the whole `<dl>` is made of such groups (`GroupedDefinitions`).
    static let groupedDefinitionWarnings: [(message: String, atDiv: Bool)] = [
        ("missing <dd>", true),
        ("missing </div> before <dt>", true),
        ("inserting implicit <dl>", false),
        ("missing </dl> before </div>", false),
    ]

    /// Every error and unexpected warning tidy reports for `pages` (paths inside `folder`), as
    /// `page: line …`.
    static func problems(_ pages: [String], in folder: URL, tidy: URL) throws -> [String] {
        var problems: [String] = []
        var groups: [String: GroupedDefinitions] = [:]
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
                if let warning = groupedDefinitionWarnings.first(where: { line.hasSuffix("Warning: " + $0.message) }),
                   let place = Place(line) {
                    let group = try groups[place.page] ?? GroupedDefinitions(String(contentsOf: folder.appending(path: place.page), encoding: .utf8))
                    groups[place.page] = group
                    if (warning.atDiv ? group.divs : group.terms).contains(place.position) { continue }
                }
                problems.append(String(line))
            }
        }
        return problems
    }

    /// The page, line and column a line of tidy's (`page.html:12:5: Warning: …`) names.
    private struct Place {
        var page: String
        var position: GroupedDefinitions.Position

        init?(_ line: Substring) {
            let parts = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, let row = Int(parts[1]), let column = Int(parts[2]) else { return nil }
            page = String(parts[0])
            position = .init(line: row, column: column)
        }
    }
}

/// Where a page holds the one shape of `<dl>` whose warnings tidy 5.6 gets wrong: a `<dl>` whose
/// every child is `<div><dt>…</dt><dd>…</dd></div>`. The positions (line and column, from 1, in
/// characters as tidy counts them) of those `<div>`s and of their `<dt>`s.
struct GroupedDefinitions {
    struct Position: Hashable {
        var line: Int
        var column: Int
    }

    private(set) var divs: Set<Position> = []
    private(set) var terms: Set<Position> = []

    /// A list of such groups, and one group in it (no `<div>`, `<dt>`, `<dd>` or `<dl>` inside
    /// the term or the definition).
    private static let list = try! NSRegularExpression(
        pattern: #"<dl\b[^>]*>(?:\s*<div><dt>(?:(?!</?(?:div|dl|dt|dd)\b).)*</dt><dd>(?:(?!</?(?:div|dl|dt|dd)\b).)*</dd></div>)+\s*</dl>"#,
        options: [.dotMatchesLineSeparators])
    private static let group = try! NSRegularExpression(pattern: #"<div><dt>"#)

    init(_ page: String) {
        let text = page as NSString
        for list in Self.list.matches(in: page, range: NSRange(location: 0, length: text.length)) {
            for group in Self.group.matches(in: page, range: list.range) {
                divs.insert(Self.position(of: group.range.location, in: text))
                terms.insert(Self.position(of: group.range.location + "<div>".utf16.count, in: text))
            }
        }
    }

    /// The line and column of the UTF-16 offset `offset` of `text`, counting code points.
    private static func position(of offset: Int, in text: NSString) -> Position {
        let before = text.substring(to: offset)
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        return Position(line: lines.count, column: (lines.last.map { $0.unicodeScalars.count } ?? 0) + 1)
    }
}
