import CCmark

extension CmarkDocument {
    /// Calls `visit` with each paragraph of `markdown` (in quotes and list items too, never in
    /// code) and the lines of `markdown`, ended as libcmark ends them ("\r\n", "\n", "\r"), which
    /// the paragraph's line numbers count from 1. Nothing is parsed when `markdown` holds no
    /// byte `byte`: most bodies hold none of what a check of pasted text looks for.
    static func eachParagraph(of markdown: String, holding byte: UInt8, _ visit: (OpaquePointer, [Substring]) -> Void) {
        guard markdown.utf8.contains(byte), let document = parse(markdown, options: CMARK_OPT_DEFAULT) else { return }
        defer { cmark_node_free(document) }
        let lines = markdown.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        each(CMARK_NODE_PARAGRAPH, in: document) { visit($0, lines) }
    }
}
