import Foundation

/// What a screen reader needs of a page's markup, read from the page as written (what a script
/// adds later, the search results, is not seen): the page is in Vietnamese, it has one `<h1>`
/// and its headings skip no level, every table has a caption and every header cell a scope,
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
        let tables = html.matches(of: #/<table[\s>]/#).count, captions = html.matches(of: #/<caption[\s>]/#).count
        if tables != captions { problems.append("\(tables) tables, \(captions) captions") }
        for cell in html.matches(of: #/<th(\s[^>]*)?>/#) where !(cell.output.1 ?? "").contains("scope=\"") {
            problems.append("a header cell without scope: \(cell.output.0)")
        }
        for image in html.matches(of: #/<img\s[^>]*>/#) where !image.output.contains(" alt=\"") {
            problems.append("a picture without alt: \(image.output)")
        }
        return problems
    }
}
