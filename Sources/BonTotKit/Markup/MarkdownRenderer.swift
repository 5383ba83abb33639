import CCmark
import Foundation

/// Turns Markdown bodies into HTML with libcmark. Raw HTML is dropped unless the site allows
/// it, and links to the site's media (`media/...`) are made relative to the page.
public struct MarkdownRenderer: Sendable {
    public var allowHTML: Bool

    public init(allowHTML: Bool) {
        self.allowHTML = allowHTML
    }

    /// Renders `markdown` for a page whose way back to the site root is `root` (`../../`).
    public func html(_ markdown: String, root: String) -> String {
        let options = allowHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let bytes = Array(markdown.utf8)
        guard let document = cmark_parse_document(bytes, bytes.count, options) else { return "" }
        defer { cmark_node_free(document) }
        rebaseMediaLinks(in: document, root: root)
        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        let html = String(cString: rendered)
        guard !allowHTML, strstr(rendered, Self.omittedHTML) != nil else { return html }
        return html.replacingOccurrences(of: Self.omittedHTML, with: "")
    }

    /// What libcmark leaves where it dropped raw HTML; removed from the page.
    private static let omittedHTML = "<!-- raw HTML omitted -->"

    private func rebaseMediaLinks(in document: OpaquePointer, root: String) {
        MarkdownLinks.each(in: document) { link in
            guard link.url.hasPrefix("media/"), !link.url.contains("..") else { return }
            cmark_node_set_url(link.node, root + link.url)
        }
    }
}
