import CCmark

/// The links and images of a Markdown document parsed by libcmark, walked in document order:
/// what the check of a body's links, the rebasing of its media links and the list of the media
/// it shows all need. A site with `allow_html: true` keeps the raw HTML a body holds, so the
/// addresses of its tags (`src`, `href`, `srcset`…: `RawHTMLAddresses`) are links too, read the same way.
enum MarkdownLinks {
    /// One link or image: its node (to read its line or set its address), its address, and
    /// whether it is an image (for raw HTML: a `src`).
    struct Link {
        let node: OpaquePointer
        let url: String
        let isImage: Bool
        /// For an address in raw HTML, where the node's text holds it; nil for a Markdown link,
        /// whose node is the link.
        var rawHTML: RawHTML? = nil

        /// The line of the document it starts on, from 1.
        var line: Int { max(1, Int(cmark_node_get_start_line(node))) + (rawHTML?.address.lineOffset ?? 0) }
    }

    /// An address read in raw HTML, with the node's text it was read from (which its range is in),
    /// so that rewriting it does not read the text again.
    struct RawHTML {
        let address: RawHTMLAddresses.Address
        let text: String
    }

    /// Calls `visit` once with every link and image of `document` (and, when `rawHTML`, every
    /// address in its raw HTML), and `heading` with every heading node, in the same walk. A link
    /// or image holds its text, so the walk meets it twice, entering and leaving: it is visited
    /// on entering only.
    static func each(in document: OpaquePointer, rawHTML: Bool = false, heading: ((OpaquePointer) -> Void)? = nil,
                     _ visit: (Link) -> Void) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING { heading?(node) }
            if rawHTML, type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE,
               let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) {
                for address in RawHTMLAddresses.addresses(in: literal) {
                    visit(Link(node: node, url: address.url, isImage: address.isSource, rawHTML: RawHTML(address: address, text: literal)))
                }
                continue
            }
            guard type == CMARK_NODE_IMAGE || type == CMARK_NODE_LINK,
                  let url = cmark_node_get_url(node).map({ String(cString: $0) }) else { continue }
            visit(Link(node: node, url: url, isImage: type == CMARK_NODE_IMAGE))
        }
    }
}
