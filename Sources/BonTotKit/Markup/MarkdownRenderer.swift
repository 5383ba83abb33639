import CCmark
import Foundation

/// Turns Markdown bodies into HTML with libcmark. Raw HTML is dropped unless the site allows
/// it, and links to the site's media (`media/...`, or `../media/...` from the file) are made
/// relative to the page.
public struct MarkdownRenderer: Sendable {
    public var allowHTML: Bool

    public init(allowHTML: Bool) {
        self.allowHTML = allowHTML
    }

    /// Renders `markdown`, the body of the file at `file` (its path from the site,
    /// `content/stories/x.md`), for a page whose way back to the site root is `root` (`../../`).
    public func html(_ markdown: String, root: String, file: String) -> String {
        let options = allowHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let bytes = Array(markdown.utf8)
        guard let document = cmark_parse_document(bytes, bytes.count, options) else { return "" }
        defer { cmark_node_free(document) }
        rebaseLinksAndHeadings(in: document, root: root, file: file)
        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        let html = String(cString: rendered)
        guard !allowHTML, strstr(rendered, Self.omittedHTML) != nil else { return html }
        return html.replacingOccurrences(of: Self.omittedHTML, with: "")
    }

    /// What libcmark leaves where it dropped raw HTML; removed from the page.
    private static let omittedHTML = "<!-- raw HTML omitted -->"

    /// In one walk of the tree: points every link to a media file (`BodyAddress.media`) at its
    /// copy in the output's `media/`, and makes every first-level heading (`# …`) a
    /// second-level one (the page's title is its one `<h1>`, which a screen reader's reader
    /// jumps to first; a body's own headings come under it).
    private func rebaseLinksAndHeadings(in document: OpaquePointer, root: String, file: String) {
        let heading = { (node: OpaquePointer) in
            if cmark_node_get_heading_level(node) < 2 { cmark_node_set_heading_level(node, 2) }
        }
        MarkdownLinks.each(in: document, heading: heading) { link in
            guard case .media(let path, let suffix) = BodyAddress.resolve(link.url, in: file) else { return }
            cmark_node_set_url(link.node, root + path + suffix)
        }
    }
}
