import CCmark

/// Word's empty paragraph pasted as text: a line holding only no-break spaces (U+00A0), maybe
/// with spaces or tabs. libcmark reads it as words, not a blank line, so the paragraphs above
/// and under it printed as one ("Đoạn 1" / NBSP / "Đoạn 2"), and a list or a table went on under
/// it (a note under a table printed as its row). A body is read with each such line emptied,
/// a blank line as the clerk saw in Word, by its page, its search entry and its checks alike
/// (`CmarkDocument.parse(body:options:)`); its line count is kept, so warnings name the lines
/// of the file. Such a line in a quote ("> " and no-break spaces, Word's empty paragraph in a
/// quoted passage) is emptied after its `>`, and parts the quote's paragraphs alike.
/// A no-break space among words is kept, and so is such a line in code or raw HTML,
/// or between two rows of a pipe table, which the table leaves out of its rows; between two
/// lines of prose that hold a pipe ("Điểm: 8 | 9") it parts them as any other.
enum WordEmptyParagraphs {
    /// `markdown` with each line of only no-break spaces, spaces and tabs (one no-break space at
    /// least) emptied, outside code and raw HTML; `markdown` itself when it has none, as most
    /// bodies, found at the speed of `memchr` when it holds no no-break space at all. Blanked
    /// anew at each reading: one parse of one body, less than a cache of bodies would cost to
    /// look up (the checks read every body at load, the pages and search entries later).
    static func blanked(_ markdown: String) -> String {
        var text = markdown
        guard text.withUTF8(mayHoldEmptyLine) else { return markdown }
        let found = text.withUTF8(emptyLines)
        guard !found.isEmpty, let document = CmarkDocument.parse(markdown, options: CMARK_OPT_DEFAULT) else { return markdown }
        defer { cmark_node_free(document) }
        let kept = lineRanges(of: [CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK], in: document)
        let quotes = found.contains(where: \.quoted) ? lineRanges(of: [CMARK_NODE_BLOCK_QUOTE], in: document) : []
        let lines = markdown.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        var rows: [ClosedRange<Int>]?
        let emptied = found.filter { line in
            guard !kept.contains(where: { $0.contains(line.number) }) else { return false }
            guard !line.quoted || quotes.contains(where: { $0.contains(line.number) }) else { return false }
            guard isBetweenPipes(line.number, lines) else { return true }
            if rows == nil { rows = tableRows(in: document, lines) }
            return !(rows ?? []).contains { $0.contains(line.number) }
        }
        guard !emptied.isEmpty else { return markdown }
        var bytes = Array(markdown.utf8)
        for line in emptied.reversed() { bytes.removeSubrange(line.bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The lines (from 1) of each block of `types` in `document`.
    private static func lineRanges(of types: [cmark_node_type], in document: OpaquePointer) -> [ClosedRange<Int>] {
        var found: [ClosedRange<Int>] = []
        for type in types {
            CmarkDocument.each(type, in: document) { node in
                let start = Int(cmark_node_get_start_line(node))
                found.append(start...max(start, Int(cmark_node_get_end_line(node))))
            }
        }
        return found
    }

    /// Whether line `number` of `lines` (from 1) stands between two lines holding a pipe.
    private static func isBetweenPipes(_ number: Int, _ lines: [Substring]) -> Bool {
        number >= 2 && number < lines.count && lines[number - 2].contains("|") && lines[number].contains("|")
    }

    /// The numbers of the lines under the row of dashes of each pipe table of `document`
    /// (`PipeTables.table`), to the end of its paragraph (or of its rows over a line of hyphens,
    /// a heading to libcmark): a line of no-break spaces there stands between two of its rows,
    /// which the table keeps as one, drawing no row of it.
    private static func tableRows(in document: OpaquePointer, _ lines: [Substring]) -> [ClosedRange<Int>] {
        var found: [ClosedRange<Int>] = []
        for type in [CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING] {
            CmarkDocument.each(type, in: document) { block in
                guard let written = PipeTables.writtenLines(of: block, in: lines),
                      let rows = type == CMARK_NODE_HEADING ? PipeTables.linesOverRule(written) : written,
                      let (before, _) = PipeTables.table(rows) else { return }
                let start = Int(cmark_node_get_start_line(block))
                let first = start + before + 2, last = start + rows.count - 1
                if first <= last { found.append(first...last) }
            }
        }
        return found
    }
}
