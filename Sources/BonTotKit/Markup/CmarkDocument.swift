import CCmark

/// Parses Markdown with libcmark straight from the string's own UTF-8 storage. Copying each
/// body into an array first (`Array(text.utf8)`, which this toolchain does element by element)
/// cost more than a tenth of rendering a minutes' body.
enum CmarkDocument {
    /// The document tree of `markdown`, to be freed with `cmark_node_free`; nil when libcmark
    /// cannot allocate it.
    static func parse(_ markdown: String, options: Int32) -> OpaquePointer? {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                guard let start = characters.baseAddress else { return cmark_parse_document("", 0, options) }
                return cmark_parse_document(start, characters.count, options)
            }
        }
    }

    /// The document tree of `body`, a page's Markdown body as typed, read with Word's empty
    /// paragraphs made blank lines (`WordEmptyParagraphs`), its lines numbered as in `body`; to
    /// be freed with `cmark_node_free`, nil when libcmark cannot allocate it.
    static func parse(body: String, options: Int32) -> OpaquePointer? {
        parse(WordEmptyParagraphs.blanked(body), options: options)
    }

    /// Calls `visit` with each node of `type` in `document`, in the document's order.
    static func each(_ type: cmark_node_type, in document: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == type else { continue }
            visit(node)
        }
    }
}
