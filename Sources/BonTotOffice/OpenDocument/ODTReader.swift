import Foundation

/// Reads an .odt (LibreOffice Writer's own format) into the same `WordDocument` a .docx gives:
/// the body's paragraphs, headings, lists and tables in order, footnotes and endnotes with their
/// marks, runs with bold and italic from their styles, text boxes after the paragraph that anchors them, text in TCVN3 or VNI fonts
/// converted to Unicode, with changes tracked the text as it now reads (deleted text, kept
/// apart in `text:tracked-changes`, left out), and the pages' headers (`OpenDocumentPageHeader`).
public enum ODTReader {
    public static func read(_ data: Data) throws(OfficeError) -> WordDocument {
        try read(OfficePackage(data: data))
    }

    /// The document of a package already opened.
    static func read(_ package: OfficePackage) throws(OfficeError) -> WordDocument {
        guard let content = try package.xml("content.xml", keepingTextOrder: true) else {
            throw .missingPart("content.xml")
        }
        let styles = OpenDocumentStyles([try package.xml("styles.xml")?.root, content.root])
        guard let text = content.root.child("body")?.child("text") else { throw .missingPart("content.xml (office:text)") }
        var reader = Reader(inline: OpenDocumentInlineText(styles: styles))
        let blocks = reader.blocks(in: text, list: nil)
        var pageHeader: [WordBlock] = []
        if let root = try package.xml("styles.xml", keepingTextOrder: true)?.root {
            for header in OpenDocumentPageHeader.headers(in: root, content: content.root) { pageHeader += reader.blocks(in: header, list: nil) }
        }
        return WordDocument(blocks: blocks, notes: reader.readNotes(), convertedRuns: reader.inline.converted, pageHeader: pageHeader)
    }

    /// The list a paragraph is in: its style and nesting level (0 for the outermost).
    private struct ListContext {
        var style: String?
        var level: Int
    }

    private struct Reader {
        var inline: OpenDocumentInlineText
        var styles: OpenDocumentStyles { inline.styles }
        var counters = ListCounters()
        /// True from the start of a list item until its first paragraph, which shows its number.
        var itemStarts = false

        mutating func blocks(in container: XMLPartNode, list: ListContext?) -> [WordBlock] {
            var blocks: [WordBlock] = []
            for node in container.children {
                switch node.name {
                case "p", "h":
                    blocks.append(.paragraph(paragraph(node, list: list)))
                    let frames = inline.frames
                    inline.frames = []
                    for frame in frames { blocks += textBoxes(frame) }
                case "list":
                    let level = list.map { $0.level + 1 } ?? 0
                    let nested = ListContext(style: node["style-name"] ?? list?.style, level: level)
                    // A list numbered afresh, unless it goes on with the one before (a list cut by
                    // a paragraph, as LibreOffice saves Word's).
                    if list == nil, node["continue-numbering"] != "true", node["continue-list"] == nil, let style = nested.style {
                        counters.restart(style)
                    }
                    for item in node.children where item.name == "list-item" || item.name == "list-header" {
                        itemStarts = item.name == "list-item"
                        blocks += self.blocks(in: item, list: nested)
                        itemStarts = false
                    }
                case "table": blocks.append(.table(table(node)))
                case "section", "index-body", "table-of-content", "alphabetical-index", "illustration-index":
                    // A section's text is the body's; an index is read as its entries.
                    blocks += self.blocks(in: node, list: list)
                default: break
                }
            }
            return blocks
        }

        /// The paragraphs of each note met in the text, in the order of their numbers; a note
        /// inside another note is read too.
        mutating func readNotes() -> [[WordParagraph]] {
            var read: [[WordParagraph]] = []
            while read.count < inline.notes.count {
                read.append(paragraphs(in: inline.notes[read.count]))
            }
            return read
        }

        /// The paragraphs of a container (a table cell, a note's body), those of its tables too.
        mutating func paragraphs(in container: XMLPartNode) -> [WordParagraph] {
            blocks(in: container, list: nil).flatMap { block -> [WordParagraph] in
                switch block {
                case .paragraph(let paragraph): [paragraph]
                case .table(let table): table.rows.flatMap { $0.flatMap { $0 } }
                }
            }
        }

        /// The cells' paragraphs by row, a covered cell under a cell merged down kept as an
        /// empty cell and one covered by a cell merged across left out, as Word's reader gives
        /// the same table (`OpenDocumentMergedCells`), with where each cell stands.
        mutating func table(_ node: XMLPartNode) -> WordTable {
            var rows: [[[WordParagraph]]] = []
            var places: [[WordCellPlace]] = []
            var merged = OpenDocumentMergedCells()
            for (rowIndex, row) in OpenDocumentTable.rows(of: node).enumerated() {
                var cells: [[WordParagraph]] = []
                var rowPlaces: [WordCellPlace] = []
                var column = 0
                for cell in row.children where cell.name == "table-cell" || cell.name == "covered-table-cell" {
                    let content = paragraphs(in: cell)
                    let repeats = OpenDocumentTable.count(cell["number-columns-repeated"], limit: 64)
                    if cell.name == "covered-table-cell" {
                        for offset in 0..<repeats {
                            guard let columns = merged.continuesDown(row: rowIndex, column: column + offset) else { continue }
                            // Word's continuing cell holds one empty paragraph.
                            cells.append(content.isEmpty ? [WordParagraph(runs: [])] : content)
                            rowPlaces.append(WordCellPlace(column: column + offset, columns: columns, continuesAbove: true))
                        }
                    } else {
                        let rowsDown = OpenDocumentTable.count(cell["number-rows-spanned"], limit: 1024)
                        let columns = OpenDocumentTable.count(cell["number-columns-spanned"], limit: 64)
                        for offset in 0..<repeats { merged.start(row: rowIndex, column: column + offset, rows: rowsDown, columns: columns) }
                        // An empty cell repeated across the rest of the row is one cell. The
                        // columns a cell spans are covered cells after it, which count them.
                        if content.isEmpty {
                            cells.append(content)
                            rowPlaces.append(WordCellPlace(column: column, columns: repeats - 1 + columns))
                        } else {
                            for offset in 0..<repeats {
                                cells.append(content)
                                rowPlaces.append(WordCellPlace(column: column + offset, columns: columns))
                            }
                        }
                    }
                    column += repeats
                }
                rows.append(cells)
                places.append(rowPlaces)
            }
            return WordTable(rows, places: places)
        }

        mutating func paragraph(_ node: XMLPartNode, list: ListContext?) -> WordParagraph {
            let styleName = node["style-name"]
            let base = inline.format(styleName, family: "paragraph", over: .init())
            let runs = inline.runs(of: node, format: base)
            var paragraph = WordParagraph(runs: runs, headingLevel: headingLevel(node))
            if let list {
                let listStyle = list.style ?? styles.inherited(styleName, family: "paragraph") { $0.listStyle }
                let bullet = listStyle.flatMap { styles.isBullet(listStyle: $0, level: list.level) } ?? true
                paragraph.list = bullet ? .bullet : .numbered
                paragraph.listLevel = list.level
                if !bullet, itemStarts, let listStyle, let formats = styles.listLevels[listStyle] {
                    paragraph.listLabel = counters.next(list: listStyle, level: list.level, formats: formats)
                }
                itemStarts = false
            }
            if paragraph.headingLevel != nil { paragraph.list = nil }
            return paragraph
        }

        /// A `text:h`'s outline level; a paragraph in the Title style (or one below it) is
        /// level 1, as Word's Title is; one in a "Heading N" style, level N.
        func headingLevel(_ node: XMLPartNode) -> Int? {
            if node.name == "h" { return node["outline-level"].flatMap { Int($0) } ?? 1 }
            let names = styles.names(node["style-name"], family: "paragraph")
            if names.contains("title") { return 1 }
            for name in names {
                let words = name.replacingOccurrences(of: "_20_", with: " ")
                if words.hasPrefix("heading "), let level = Int(words.dropFirst(8)) { return level }
            }
            return nil
        }

        /// The text in a drawing: a frame's text box (`draw:frame` › `draw:text-box`), a shape's
        /// own paragraphs, the drawings of a group; a text box inside a text box read with it.
        mutating func textBoxes(_ drawing: XMLPartNode) -> [WordBlock] {
            var blocks = self.blocks(in: drawing, list: nil)
            for child in drawing.children {
                if child.name == "text-box" {
                    blocks += self.blocks(in: child, list: nil)
                } else if OpenDocumentInlineText.drawings.contains(child.name) {
                    blocks += textBoxes(child)
                }
            }
            return blocks
        }
    }
}
