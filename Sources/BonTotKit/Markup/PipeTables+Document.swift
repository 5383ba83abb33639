import CCmark
import Foundation

extension PipeTables {
    /// A table found in a body's document: the block standing for it in the tree, the lines of
    /// text above it when they could not be kept as a paragraph of the tree (`before`, most
    /// often empty), and the table.
    struct Block {
        var node: OpaquePointer
        var before: String
        var table: Table
        /// Whether the table stands in an item of a tight list, where `before` is shown without
        /// the `<p>` around it, as libcmark shows the item's paragraph.
        var tight = false
    }

    /// Makes each table of `document` (parsed from `markdown`, whose lines are read back by the
    /// paragraphs' line numbers) a block of its own, a custom block the caller fills: the
    /// paragraph holding its rows, at the top of the body, in a quote or in a list item, as
    /// GitHub reads them. The lines of text right above a table ("Kết quả:" over its head row)
    /// stay the paragraph they are, parsed with the body (a reference link `[x][ref]` defined
    /// further down is a link; in a tight list it has no `<p>` around it), the table's rows cut
    /// off it. A body with no pipe is passed over at the speed of `memchr`, as most are.
    static func blocks(in document: OpaquePointer, markdown: String) -> [Block] {
        guard ByteSearch.holds(UInt8(ascii: "|"), in: markdown) else { return [] }
        // A line ends as libcmark ends one: "\r\n" (one Character in Swift, never equal to "\n",
        // so a file saved by Notepad was read as one line and its tables left as pipes), "\n", "\r".
        let lines = markdown.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        var found: [(paragraph: OpaquePointer, lines: [Substring], before: Int, table: Table, ruled: Bool)] = []
        CmarkDocument.each(CMARK_NODE_PARAGRAPH, in: document) { paragraph in
            guard let written = writtenLines(of: paragraph, in: lines), let (before, table) = table(written) else { return }
            found.append((paragraph, written, before, table, false))
        }
        // A table's rows with "---" under them are a heading to libcmark (its rows in large type);
        // GitHub reads a table, then a rule.
        CmarkDocument.each(CMARK_NODE_HEADING, in: document) { heading in
            guard let written = writtenLines(of: heading, in: lines), let rows = linesOverRule(written),
                  let (before, table) = table(rows) else { return }
            found.append((heading, rows, before, table, true))
        }
        return found.compactMap { paragraph, written, before, table, ruled in
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
            if ruled, let rule = cmark_node_new(CMARK_NODE_THEMATIC_BREAK), cmark_node_insert_after(paragraph, rule) == 0 {
                cmark_node_free(rule)
            }
            // Reference definitions above the head row are no words of the paragraph. Its words
            // are cut by their line numbers only when libcmark counted every line end: one after
            // a `\` (a hard line break) it counts not, and the line above the table was lost.
            let definitions = definitionLines(written[..<before])
            if !ruled, before > definitions, uncountedLineEnds(of: paragraph) == definitions,
               cut(paragraph, atLine: Int(cmark_node_get_start_line(paragraph)) + before - definitions) {
                cmark_node_insert_after(paragraph, block)
                return Block(node: block, before: "", table: table)
            }
            // Lines above the table whose words run on into its head row (a link over a line
            // end), or none: the paragraph is the table's block, those lines are parsed apart.
            let text = written[..<before].dropFirst(definitions).map { $0.trimmingSpaces }.joined(separator: "\n")
            cmark_node_replace(paragraph, block)
            cmark_node_free(paragraph)
            return Block(node: block, before: text, table: table, tight: inTightList(block))
        }
    }

    /// The lines of `paragraph` as written in the body's `lines`, without what opens the quotes
    /// and the list item holding it (`> `, `- `, `1. `), which a table's rows are read from; nil
    /// when its line numbers are not the body's.
    static func writtenLines(of paragraph: OpaquePointer, in lines: [Substring]) -> [Substring]? {
        let first = Int(cmark_node_get_start_line(paragraph)), last = Int(cmark_node_get_end_line(paragraph))
        guard first >= 1, last >= first, last <= lines.count else { return nil }
        var quotes = 0
        var parent = cmark_node_parent(paragraph)
        while let container = parent {
            if cmark_node_get_type(container) == CMARK_NODE_BLOCK_QUOTE { quotes += 1 }
            parent = cmark_node_parent(container)
        }
        // The first line from the paragraph's column (a byte's, libcmark's), the others without
        // the `>` of each quote (a line without one runs on lazily, as written).
        let line = lines[first - 1], column = Int(cmark_node_get_start_column(paragraph)) - 1
        let start = line.utf8.index(line.utf8.startIndex, offsetBy: max(0, column), limitedBy: line.utf8.endIndex) ?? line.endIndex
        var result = [line[start...]]
        for number in first..<last {
            var line = lines[number]
            for _ in 0..<quotes {
                let rest = line.trimmingSpaces
                guard rest.first == ">" else { break }
                line = rest.dropFirst()
            }
            result.append(line)
        }
        return result
    }

    /// The lines of a heading above the line of hyphens under them ("---", which makes them a
    /// heading); nil when there is none. libcmark may end a heading's lines at the line under
    /// its hyphens: the first line of hyphens is its underline.
    static func linesOverRule(_ written: [Substring]) -> [Substring]? {
        guard let underline = written.indices.dropFirst().first(where: { line in
            let text = written[line].trimmingSpaces
            return !text.isEmpty && text.allSatisfy { $0 == "-" }
        }) else { return nil }
        return Array(written[..<underline])
    }

    /// Whether `node` is a block of an item of a tight list.
    private static func inTightList(_ node: OpaquePointer) -> Bool {
        guard let item = cmark_node_parent(node), cmark_node_get_type(item) == CMARK_NODE_ITEM,
              let list = cmark_node_parent(item) else { return false }
        return cmark_node_get_list_tight(list) != 0
    }

    /// Cuts the words of `paragraph` at the line end before its line `line` (as libcmark counts
    /// the lines of its words), the table's head row: the line end and all after it are removed. False, the paragraph
    /// untouched, when no line end of its own comes right before that line (its first words
    /// are there, or emphasis or a link runs over the line end).
    private static func cut(_ paragraph: OpaquePointer, atLine line: Int) -> Bool {
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            let next = cmark_node_next(node)
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                if let next, Int(cmark_node_get_start_line(next)) == line, cmark_node_previous(node) != nil {
                    var removed: OpaquePointer? = node
                    while let current = removed {
                        removed = cmark_node_next(current)
                        cmark_node_free(current)
                    }
                    return true
                }
            } else if Int(cmark_node_get_end_line(node)) >= line {
                return false
            }
            child = next
        }
        return false
    }

    /// How many lines at the top of `lines` (a paragraph's lines above its table, as written) are
    /// reference definitions (`[ref]: http://…`), which libcmark takes out of its words: the
    /// most of them that alone make no block (a definition's title may be on the line under it).
    private static func definitionLines(_ lines: ArraySlice<Substring>) -> Int {
        guard lines.first?.trimmingSpaces.first == "[" else { return 0 }
        var count = 0
        for end in 1...lines.count {
            let text = lines.prefix(end).map { $0.trimmingSpaces }.joined(separator: "\n")
            guard let document = CmarkDocument.parse(text, options: CMARK_OPT_DEFAULT) else { break }
            let empty = cmark_node_first_child(document) == nil
            cmark_node_free(document)
            guard empty else { break }
            count = end
        }
        return count
    }

    /// How many more lines `paragraph` has than libcmark counted for its words, from where its
    /// last words end: the lines of its reference definitions (its words are counted from its
    /// first line even so), and each line end libcmark did not count (after a `\`).
    private static func uncountedLineEnds(of paragraph: OpaquePointer) -> Int {
        var end = 0
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            end = max(end, Int(cmark_node_get_end_line(node)))
            child = cmark_node_next(node)
        }
        return end > 0 ? max(0, Int(cmark_node_get_end_line(paragraph)) - end) : 0
    }
}
