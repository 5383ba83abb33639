import Foundation

/// What a screen reader needs of a page's markup, read from the page as written (what a script
/// adds later, the search results, is not seen): the page is in Vietnamese, it has one `<h1>`
/// and its headings skip no level, every table has a caption of its own (its first child; counted
/// instead, a table without one and another with two passed) and every header cell a scope,
/// every picture an alternative text (empty where it is decorative).
enum PageStructureCheck {
    /// Every problem of `pages` (paths inside `folder`), as `page: …`.
    static func problems(_ pages: [String], in folder: URL) throws -> [String] {
        try pages.flatMap { page in
            try problems(of: String(contentsOf: folder.appending(path: page), encoding: .utf8)).map { "\(page): \($0)" }
        }
    }

    /// The problems of one page's HTML.
    static func problems(of html: String) -> [String] {
        var problems: [String] = []
        if !html.contains("<html lang=\"vi\">") { problems.append("not marked as Vietnamese (<html lang=\"vi\">)") }
        let levels = html.matches(of: #/<h([1-6])[\s>]/#).compactMap { Int($0.output.1) }
        let titles = levels.filter { $0 == 1 }.count
        if titles != 1 { problems.append("\(titles) <h1>") }
        for (above, level) in zip([0] + levels, levels) where level > above + 1 {
            problems.append("<h\(level)> under <h\(above)>: a level skipped")
        }
        problems += captionProblems(html)
        for cell in html.matches(of: #/<th(\s[^>]*)?>/#) where !(cell.output.1 ?? "").contains("scope=\"") {
            problems.append("a header cell without scope: \(cell.output.0)")
        }
        for image in html.matches(of: #/<img\s[^>]*>/#) where !image.output.contains(" alt=\"") {
            problems.append("a picture without alt: \(image.output)")
        }
        return problems
    }

    /// Each table whose first child is not a caption, and each caption that is not a table's
    /// first child, by its opening tag.
    private static func captionProblems(_ html: String) -> [String] {
        var problems: [String] = []
        var uncaptioned: (tag: Substring, end: String.Index)?
        for tag in html.matches(of: #/<(table|caption)(?:\s[^>]*)?>/#) {
            let isCaption = tag.output.1 == "caption"
            let first = isCaption && uncaptioned.map { html[$0.end..<tag.range.lowerBound].allSatisfy(\.isWhitespace) } == true
            if let table = uncaptioned, !first { problems.append("a table without a caption first in it: \(table.tag)") }
            if isCaption && !first { problems.append("a caption not first in a table: \(tag.output.0)") }
            uncaptioned = isCaption ? nil : (tag.output.0, tag.range.upperBound)
        }
        if let table = uncaptioned { problems.append("a table without a caption first in it: \(table.tag)") }
        return problems
    }
}
