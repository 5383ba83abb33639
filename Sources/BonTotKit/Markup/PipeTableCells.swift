import CCmark

/// The words of a body's table cells read as GitHub reads them: Markdown's inline text, never a
/// block. A cell that alone would open one ("# 3", "- a", "> b", "1. x", "---") is read with
/// its first mark taken as typed, so the page and the search index both show "# 3" (search
/// read "3." where the page showed "# 3"). All the cells of a body are parsed in one document,
/// followed by the body itself when it may define reference links, so that `[x][ref]` in a cell
/// is the link `[ref]: http://…` further down defines, as in the rest of the body.
enum PipeTableCells {
    /// Calls `use` with the document `texts` (a body's cells, and lines above a table parsed
    /// apart) are parsed into, nil when none has inline words, and the paragraph of each text
    /// that has: a text missing from it is empty, a block of raw HTML (`<div>…</div>`), or a
    /// block however read. `body` is the Markdown the cells were read from; `options` libcmark's.
    static func withParagraphs<Result>(of texts: Set<String>, body: String, options: Int32,
                                       _ use: (OpaquePointer?, [String: OpaquePointer]) -> Result) -> Result {
        let sources = texts.sorted().compactMap { text in inlineSource(text).map { (text, $0) } }
        guard !sources.isEmpty else { return use(nil, [:]) }
        // Each text alone is one paragraph, so followed by a blank line it is one here too.
        var markdown = sources.map(\.1).joined(separator: "\n\n")
        if ReferenceDefinitions.mayBeIn(body) { markdown += "\n\n" + body }
        guard let document = CmarkDocument.parse(markdown, options: options) else { return use(nil, [:]) }
        defer { cmark_node_free(document) }
        var paragraphs: [String: OpaquePointer] = [:]
        var node = cmark_node_first_child(document)
        for (text, _) in sources {
            guard let current = node else { break }
            if cmark_node_get_type(current) == CMARK_NODE_PARAGRAPH { paragraphs[text] = current }
            node = cmark_node_next(current)
        }
        return use(document, paragraphs)
    }

    /// The Markdown `text` is read as, one paragraph of inline text: `text` itself, or with the
    /// mark that would open a block escaped (`\#`, `\-`, `1\.`); nil when it is empty, a block
    /// of raw HTML, or read as a block even so.
    static func inlineSource(_ text: String) -> String? {
        guard !text.isEmpty else { return nil }
        if isParagraph(text) { return text }
        guard !text.hasPrefix("<") else { return nil }
        let escaped = escapingBlockMark(text)
        return escaped != text && isParagraph(escaped) ? escaped : nil
    }

    /// Whether `text` is one paragraph to libcmark. A line starting with none of the marks that
    /// open a block is one without being parsed, as most cells are.
    private static func isParagraph(_ text: String) -> Bool {
        if let first = text.utf8.first, !blockMarks.contains(first), !text.utf8.contains(UInt8(ascii: "\n")) {
            return true
        }
        guard let document = CmarkDocument.parse(text, options: CMARK_OPT_DEFAULT) else { return false }
        defer { cmark_node_free(document) }
        guard let first = cmark_node_first_child(document) else { return false }
        return cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH && cmark_node_next(first) == nil
    }

    /// The bytes a line opening a block may start with: headings, quotes, lists, breaks,
    /// fences, raw HTML, reference definitions, indented code.
    private static let blockMarks = Set("#>-+*_=`~<[0123456789 \t".utf8)

    /// `text` with the mark that opens its block escaped: a punctuation mark first (`\# 3`,
    /// `\- a`), or the `.` or `)` after an ordered list's number (`1\. x`).
    private static func escapingBlockMark(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#>-+*_=`~[".contains(first) { return "\\" + text }
        let number = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(number.count)
        guard !number.isEmpty, let mark = rest.first, mark == "." || mark == ")" else { return text }
        return String(number) + "\\" + rest
    }
}
