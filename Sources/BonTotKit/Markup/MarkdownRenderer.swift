import CCmark
import Foundation

/// Turns Markdown bodies into HTML with libcmark. Raw HTML is dropped unless the site allows
/// it, links to the site's media (`media/...`, or `../media/...` from the file) are made
/// relative to the page, links to the files other pages are made from (`../minutes/2024/a.md`)
/// lead to those pages, and headings are brought under the page's heading that holds the body.
public struct MarkdownRenderer: Sendable {
    public var allowHTML: Bool
    /// The site's media files, by their paths from `content/` (`media/bao-cao.pdf`): what a
    /// body's address with a `#` or `?` is read against (`BodyAddress.resolve(_:in:media:)`),
    /// as the site's check reads it.
    public var media: Set<String>
    /// The pages a body may link by the content files they are made from (`PageSources`): for
    /// each such file (`content/minutes/2024/a.md`), the path of its page from the site's root
    /// (`sinh-hoat/a/index.html`).
    public var pages: [String: String]

    public init(allowHTML: Bool, media: Set<String> = [], pages: [String: String] = [:]) {
        self.allowHTML = allowHTML
        self.media = media
        self.pages = pages
    }

    /// Renders `markdown`, the body of the file at `file` (its path from the site,
    /// `content/stories/x.md`), for a page whose way back to the site root is `root` (`../../`).
    /// `level` is that of the page's heading the body sits under: 1 for a body right under the
    /// page's title (a story's), 2 for one inside a section headed by an `<h2>` (a branch's
    /// introduction); the body's own headings come below it (`HeadingLevels`).
    public func html(_ markdown: String, root: String, file: String, under level: Int = 1) -> String {
        let options = allowHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let document = CmarkDocument.parse(body: markdown, options: options) else { return "" }
        defer { cmark_node_free(document) }
        rebaseLinksAndHeadings(in: document, root: root, file: file, under: level)
        if PercentSpacing.mayApply(to: markdown) { PercentSpacing.apply(in: document) }
        fillTables(PipeTables.blocks(in: document, markdown: markdown), body: markdown, root: root, file: file)
        if WordLineBreaks.mayApply(to: markdown) { WordLineBreaks.apply(in: document) }
        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        let html = String(cString: rendered)
        guard !allowHTML, strstr(rendered, Self.omittedHTML) != nil else { return html }
        return html.replacingOccurrences(of: Self.omittedHTML, with: "")
    }

    /// Gives each table's block (`PipeTables.blocks`) its HTML: its cells' words read as inline
    /// text (`PipeTableCells`), rendered as the rest of the body is; a cell of raw HTML
    /// (`<script>…</script>`, `<div>…</div>`) is dropped or kept as the site allows, as in the
    /// rest of the body: it was printed as text for every reader to see.
    private func fillTables(_ blocks: [PipeTables.Block], body: String, root: String, file: String) {
        guard !blocks.isEmpty else { return }
        let texts = Set(blocks.flatMap { [$0.before] + $0.table.head + $0.table.rows.joined() })
        let options = allowHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let cells = PipeTableCells.withParagraphs(of: texts, body: body, options: options) { document, paragraphs in
            if let document {
                rebaseLinksAndHeadings(in: document, root: root, file: file, under: 1)
                if texts.contains(where: PercentSpacing.mayApply(to:)) { PercentSpacing.apply(in: document) }
                if texts.contains(where: WordLineBreaks.mayApply(to:)) { WordLineBreaks.apply(in: document) }
            }
            var cells: [String: String] = [:]
            for text in texts {
                if let paragraph = paragraphs[text], let rendered = cmark_render_html(paragraph, options) {
                    defer { free(rendered) }
                    let html = String(cString: rendered)
                    let words = html.hasPrefix("<p>") && html.hasSuffix("</p>\n") ? String(html.dropFirst(3).dropLast(5)) : html
                    cells[text] = allowHTML ? words : words.replacingOccurrences(of: Self.omittedHTML, with: "")
                } else {
                    cells[text] = text.hasPrefix("<")
                        ? self.html(text, root: root, file: file).trimmingCharacters(in: .newlines) : MarkupText.escape(text)
                }
            }
            return cells
        }
        for block in blocks {
            let words = cells[block.before] ?? ""
            let before = block.before.isEmpty ? "" : block.tight ? words + "\n" : "<p>\(words)</p>\n"
            cmark_node_set_on_enter(block.node, before + PipeTables.html(block.table) { cells[$0] ?? "" })
        }
    }

    /// What libcmark leaves where it dropped raw HTML; removed from the page.
    private static let omittedHTML = "<!-- raw HTML omitted -->"

    /// In one walk of the tree: points every link to a media file (`BodyAddress.media`), and
    /// every address naming one in the raw HTML a site allows (`RawHTMLAddresses`), at its
    /// copy in the output's `media/`, spelled as `FileNameSpelling` spells a link, and gives
    /// every heading its level under the page's heading of level `level` (the page's title is
    /// its one `<h1>`, which a screen reader's user jumps to first; a section's body sits under
    /// the section's heading, never level with it).
    private func rebaseLinksAndHeadings(in document: OpaquePointer, root: String, file: String, under level: Int) {
        var levels = HeadingLevels(under: level)
        let heading = { (node: OpaquePointer) in
            let written = Int(cmark_node_get_heading_level(node))
            let shown = levels.level(of: written)
            if shown != written { cmark_node_set_heading_level(node, Int32(shown)) }
        }
        // Each raw HTML node's text, with its addresses to rewrite as the walk read them: the
        // text is not read for its addresses again.
        var rebasedHTML: [OpaquePointer: (text: String, changes: [(address: RawHTMLAddresses.Address, new: String)])] = [:]
        MarkdownLinks.each(in: document, rawHTML: allowHTML, heading: heading) { link in
            guard let copy = rebased(link.url, root: root, file: file) else { return }
            if let raw = link.rawHTML {
                rebasedHTML[link.node, default: (raw.text, [])].changes.append((raw.address, copy))
            } else {
                cmark_node_set_url(link.node, copy)
            }
        }
        for (node, html) in rebasedHTML {
            guard let rewritten = RawHTMLAddresses.rewriting(html.text, html.changes) else { continue }
            cmark_node_set_literal(node, rewritten)
        }
    }

    /// Where a link written `url` in the file at `file` points from a page whose way back to the
    /// site root is `root`, when it names a media file: its copy in the output's `media/`,
    /// spelled as the router spells a link to it (the name's escapes as typed undone, then made
    /// again); when it names the file another page is made from (`pages`), that page; nil for
    /// any other address, left as written.
    private func rebased(_ url: String, root: String, file: String) -> String? {
        guard let address = BodyAddress.resolve(url, in: file, media: media) else { return nil }
        switch address {
        case .media(_, let suffix):
            return address.mediaFile.map { root + FileNameSpelling.linkedPath($0) + suffix }
        case .content(_, let suffix):
            return address.pageFile.flatMap { pages[$0] }.map { root + $0 + suffix }
        case .outsideContent:
            return nil
        }
    }
}
