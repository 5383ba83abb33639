import CCmark

/// Word's empty paragraph pasted as text: a line holding only no-break spaces (U+00A0), maybe
/// with spaces or tabs. libcmark reads it as words, not a blank line, so the paragraphs above
/// and under it printed as one ("Đoạn 1" / NBSP / "Đoạn 2"), and a list or a table went on under
/// it (a note under a table printed as its row). A body is read with each such line emptied,
/// a blank line as the clerk saw in Word, by its page, its search entry and its checks alike
/// (`CmarkDocument.parse(body:options:)`); its line count is kept, so warnings name the lines
/// of the file. A no-break space among words is kept, and so is such a line in code or raw HTML,
/// or between two rows of a pipe table, which the table leaves out of its rows.
enum WordEmptyParagraphs {
    /// `markdown` with each line of only no-break spaces, spaces and tabs (one no-break space at
    /// least) emptied, outside code and raw HTML; `markdown` itself, after a scan of its bytes,
    /// when it has none, as most bodies.
    static func blanked(_ markdown: String) -> String {
        var text = markdown
        let found = text.withUTF8(emptyLines)
        guard !found.isEmpty, let document = CmarkDocument.parse(markdown, options: CMARK_OPT_DEFAULT) else { return markdown }
        defer { cmark_node_free(document) }
        var kept: [ClosedRange<Int>] = []
        for type in [CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK] {
            CmarkDocument.each(type, in: document) { node in
                let start = Int(cmark_node_get_start_line(node))
                kept.append(start...max(start, Int(cmark_node_get_end_line(node))))
            }
        }
        let lines = markdown.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        let emptied = found.filter { line in
            !kept.contains { $0.contains(line.number) } && !isBetweenRows(line.number, lines)
        }
        guard !emptied.isEmpty else { return markdown }
        var bytes = Array(markdown.utf8)
        for line in emptied.reversed() { bytes.removeSubrange(line.bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether line `number` of `lines` (from 1) stands between two rows of a pipe table: the
    /// table keeps the rows on either side as one and draws no row of it (`PipeTables`).
    private static func isBetweenRows(_ number: Int, _ lines: [Substring]) -> Bool {
        number >= 2 && number < lines.count && lines[number - 2].contains("|") && lines[number].contains("|")
    }

    /// The lines of `bytes` holding only no-break spaces, spaces and tabs, one no-break space at
    /// least: each with its number (from 1, line ends counted as libcmark counts them: "\r\n",
    /// "\n", "\r") and the range of its bytes, its line end left out.
    private static func emptyLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [(number: Int, bytes: Range<Int>)] {
        var found: [(number: Int, bytes: Range<Int>)] = []
        var number = 1, start = 0, index = 0, blank = true, noBreak = false
        while index <= bytes.count {
            let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "\n")
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if blank && noBreak { found.append((number, start..<index)) }
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                index += 1
                number += 1
                start = index
                blank = true
                noBreak = false
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0, blank {
                noBreak = true
                index += 2
            } else if (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) && blank {
                index += 1
            } else {
                blank = false
                index += 1
            }
        }
        return found
    }
}
