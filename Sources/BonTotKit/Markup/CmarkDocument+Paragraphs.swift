import CCmark

extension CmarkDocument {
    /// A body parsed once for the checks of its text as typed (tabbed columns, rows of pipes that
    /// make no table), each reading its paragraphs with the lines they were written on.
    final class Paragraphs {
        /// The body's lines, ended as libcmark ends them ("\r\n", "\n", "\r"), which a
        /// paragraph's line numbers count from 1.
        let lines: [Substring]
        private let document: OpaquePointer

        /// `markdown` parsed; nil when libcmark cannot allocate its tree.
        init?(_ markdown: String) {
            guard let document = CmarkDocument.parse(body: markdown, options: CMARK_OPT_DEFAULT) else { return nil }
            self.document = document
            lines = markdown.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        }

        deinit { cmark_node_free(document) }

        /// Calls `visit` with each paragraph (in quotes and list items too, never in code), or
        /// each block of `type`, in the body's order.
        func each(_ type: cmark_node_type = CMARK_NODE_PARAGRAPH, _ visit: (OpaquePointer) -> Void) {
            CmarkDocument.each(type, in: document, visit)
        }
    }
}
