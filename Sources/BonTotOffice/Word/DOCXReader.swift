import Foundation

/// Reads a .docx: the body's paragraphs and tables in order, runs with bold and italic (set on the
/// run, or by its character, paragraph or table style), headings and lists from the paragraph
/// styles and numbering (a style's own, or a numbering style's), footnotes and endnotes with their marks,
/// text Word hides (`w:vanish`) left out,
/// text in TCVN3 or VNI fonts converted to Unicode by the font each run shows it in, and the
/// first page's header (`WordPageHeader`).
public enum DOCXReader {
    public static func read(_ data: Data) throws(OfficeError) -> WordDocument {
        try read(OfficePackage(data: data))
    }

    /// The document of a package already opened.
    static func read(_ package: OfficePackage) throws(OfficeError) -> WordDocument {
        let documentPath = "word/document.xml"
        let document = try package.requiredXML(documentPath)
        let styles = WordStyles(try package.xml("word/styles.xml")?.root, theme: try package.xml("word/theme/theme1.xml")?.root)
        let numbering = WordNumbering(try package.xml("word/numbering.xml")?.root, styles: styles)
        let notes = WordNotes(footnotes: try package.xml("word/footnotes.xml")?.root, endnotes: try package.xml("word/endnotes.xml")?.root)
        var reader = Reader(styles: styles, numbering: numbering, notes: notes)
        guard let body = document.root.child("body") else { throw .missingPart("word/document.xml (body)") }
        let blocks = reader.blocks(in: body)
        var pageHeader: [WordBlock] = []
        for part in try WordPageHeader.parts(of: body, in: package, documentPath: documentPath) {
            if let root = try package.xml(part)?.root { pageHeader += reader.blocks(in: root) }
        }
        return WordDocument(blocks: blocks, notes: reader.readNotes(), convertedRuns: reader.converted, pageHeader: pageHeader)
    }

    private struct Reader {
        let styles: WordStyles
        let numbering: WordNumbering
        var notes: WordNotes
        var counters = ListCounters()
        /// The lists (numId) and levels whose first item has come, where a list that starts a
        /// level afresh has started it.
        var entered = Set<String>()
        var converted: [LegacyEncoding: Int] = [:]
        /// The blocks of the text boxes met in the paragraph being read, given after it.
        var floating: [WordBlock] = []
        /// The bold and italic the table style gives the cell being read.
        var cellEmphasis = WordStyles.Emphasis()

        mutating func blocks(in container: XMLPartNode) -> [WordBlock] {
            var blocks: [WordBlock] = []
            for node in container.children {
                switch node.name {
                case "p":
                    blocks.append(.paragraph(paragraph(node)))
                    blocks += floating
                    floating = []
                case "tbl": blocks.append(.table(table(node)))
                case "sdt": if let content = node.child("sdtContent") { blocks += self.blocks(in: content) }
                default: break
                }
            }
            return blocks
        }

        /// The paragraphs of each note marked in the text, in the order of their numbers; a note
        /// marked only inside another note is read too.
        mutating func readNotes() -> [[WordParagraph]] {
            var read: [[WordParagraph]] = []
            while read.count < notes.marked.count, let body = notes.body(read.count + 1) {
                read.append(paragraphs(in: body))
            }
            return read
        }

        /// The paragraphs of a container (a table cell, a note), those of its tables too.
        mutating func paragraphs(in container: XMLPartNode) -> [WordParagraph] {
            blocks(in: container).flatMap { block -> [WordParagraph] in
                switch block {
                case .paragraph(let paragraph): [paragraph]
                case .table(let table): table.rows.flatMap { $0.flatMap { $0 } }
                }
            }
        }

        /// The cells' paragraphs, each cell's runs bold or italic as the table's style makes the
        /// part of the table it is in (its header row, its first column…).
        mutating func table(_ node: XMLPartNode) -> WordTable {
            let properties = node.child("tblPr")
            let style = properties?.child("tblStyle")?["val"]
            let look = WordTableLook(properties?.child("tblLook"))
            let rows = node.children(named: "tr")
            let headerRows = rows.prefix { row in row.child("trPr")?.child("tblHeader").map(WordStyles.isOn) == true }.count
            // The table's own band sizes, or else its style's (along its `basedOn` chain), or one.
            let styleID = style ?? styles.defaultTableStyle
            let rowBandSize = WordStyles.bandSize(properties?.child("tblStyleRowBandSize")) ?? styles.inherited(styleID) { $0.rowBandSize } ?? 1
            let columnBandSize = WordStyles.bandSize(properties?.child("tblStyleColBandSize")) ?? styles.inherited(styleID) { $0.columnBandSize } ?? 1
            let outer = cellEmphasis
            defer { cellEmphasis = outer }
            let cells = rows.enumerated().map { rowIndex, row in
                let cells = row.children(named: "tc")
                return cells.enumerated().map { columnIndex, cell in
                    let parts = look.parts(row: rowIndex, of: rows.count, column: columnIndex, of: cells.count, headerRows: headerRows,
                                           rowBandSize: rowBandSize, columnBandSize: columnBandSize)
                    cellEmphasis = styles.tableEmphasis(style: style, parts: parts)
                    return paragraphs(in: cell)
                }
            }
            return WordTable(cells, places: rows.map(Self.places))
        }

        /// Where each cell of a row stands: after the grid columns the row skips (`w:gridBefore`),
        /// over as many columns as it spans (`w:gridSpan`), continuing the cell above where it is
        /// merged down and not the first of the merge (`w:vMerge` without `w:val="restart"`).
        static func places(of row: XMLPartNode) -> [WordCellPlace] {
            // A hostile count is held to the 64 columns Word allows.
            func count(_ element: XMLPartNode?, least: Int) -> Int { min(max(element?["val"].flatMap { Int($0) } ?? least, least), 64) }
            var column = count(row.child("trPr")?.child("gridBefore"), least: 0)
            return row.children(named: "tc").map { cell in
                let properties = cell.child("tcPr")
                let columns = count(properties?.child("gridSpan"), least: 1)
                let merge = properties?.child("vMerge")
                let place = WordCellPlace(column: column, columns: columns, continuesAbove: merge != nil && merge?["val"] != "restart")
                column += columns
                return place
            }
        }

        mutating func paragraph(_ node: XMLPartNode) -> WordParagraph {
            let pPr = node.child("pPr")
            let styleID = pPr?.child("pStyle")?["val"]
            var runs: [WordRun] = []
            collectRuns(node, style: styleID, into: &runs)
            var paragraph = WordParagraph(runs: runs, headingLevel: styles.headingLevel(styleID))
            // The numbering the paragraph's own `w:numPr` gives, or else its style's (where the
            // level is the style's, or the one the list definition links to the style).
            let numPr = pPr?.child("numPr")
            let ownNumbering = numPr?.child("numId")?["val"]
            let numberingID = ownNumbering ?? styles.inherited(styleID) { $0.numberingID }
            let ownLevel = WordNumbering.level(numPr?.child("ilvl")?["val"])
            let styleLevel = ownNumbering == nil ? styles.inherited(styleID) { $0.numberingLevel } : nil
            let linkedLevel = numberingID.flatMap { [numbering] id in styles.chain(styleID).compactMap { numbering.level(linkedTo: $0, in: id) }.first }
            let level = ownLevel ?? styleLevel ?? linkedLevel ?? 0
            let styleName = styleID.flatMap { styles.styles[$0]?.name.lowercased() } ?? ""
            if let numberingID, numberingID != "0" {
                let bullet = numbering.isBullet(numberingID, level: level) ?? !styleName.contains("number")
                paragraph.list = bullet ? .bullet : .numbered
                paragraph.listLevel = level
                if !bullet, let formats = numbering.levels[numberingID] {
                    // Lists sharing an abstract definition count together, as Word numbers them.
                    let counter = numbering.counter(numberingID)
                    if entered.insert("\(numberingID) \(level)").inserted, numbering.restarts(numberingID, level: level) {
                        counters.restart(counter, level: level)
                    }
                    paragraph.listLabel = counters.next(list: counter, level: level, formats: formats)
                }
            } else if styleName.hasPrefix("list bullet") {
                paragraph.list = .bullet
            } else if styleName.hasPrefix("list number") {
                paragraph.list = .numbered
            }
            if paragraph.headingLevel != nil { paragraph.list = nil }
            return paragraph
        }

        /// Runs in document order, also inside hyperlinks, insertions, text moved here with
        /// changes tracked (`w:moveTo`), smart tags and fields; deleted text and the old place of
        /// moved text (`w:moveFrom`) left out.
        mutating func collectRuns(_ node: XMLPartNode, style: String?, into runs: inout [WordRun]) {
            for child in node.children {
                switch child.name {
                case "r":
                    // Text Word hides (a template's guidance to the clerk) is left out, and its marks too.
                    if styles.isHidden(paragraphStyle: style, run: child.child("rPr")) { continue }
                    if let run = run(child, paragraphStyle: style, after: &runs) { runs.append(run) }
                    // A footnote's or endnote's mark (`w:footnoteReference`), after the run's text.
                    for reference in child.children {
                        if let number = notes.number(of: reference) { runs.append(WordRun(text: "", note: number)) }
                    }
                case "hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml", "sdtContent", "sdt":
                    collectRuns(child, style: style, into: &runs)
                case "AlternateContent":
                    if let chosen = Self.alternative(child) { collectRuns(chosen, style: style, into: &runs) }
                default: break
                }
            }
        }

        /// The run `node`, its text in Unicode. The mark a VNI run begins with, typed after the
        /// vowel the run before ends with (`previous`), joins that vowel there.
        mutating func run(_ node: XMLPartNode, paragraphStyle: String?, after previous: inout [WordRun]) -> WordRun? {
            let rPr = node.child("rPr")
            let legacy = styles.runFont(paragraphStyle: paragraphStyle, run: rPr).flatMap(LegacyEncoding.of(font:))
            var text = ""
            for child in node.children {
                switch child.name {
                case "t": text += child.text
                case "tab": text += "\t"
                case "br", "cr": text += "\n"
                case "noBreakHyphen": text += "-"
                // TCVN3's ư is the byte of the soft hyphen, which Word saves as its optional hyphen.
                case "softHyphen": if legacy?.encoding == .tcvn3 { text += "\u{00AD}" }
                case "drawing", "pict", "object": readTextBoxes(in: child)
                case "AlternateContent": if let chosen = Self.alternative(child) { readTextBoxes(in: chosen) }
                default: break
                }
            }
            guard !text.isEmpty else { return nil }
            // Text typed in Unicode in a document whose style is still `.VnTime` holds letters no
            // legacy font has (ư, ạ, đ…): it stays as it is, and its optional hyphen is one.
            if legacy != nil, LegacyEncoding.holdsUnicodeLetters(text) {
                text.removeAll { $0 == "\u{00AD}" }
            } else if let legacy {
                converted[legacy.encoding, default: 0] += 1
                text = previous.joiningLeadingMark(of: text, in: legacy.encoding)
                guard !text.isEmpty else { return nil }
                text = legacy.encoding.convert(fontText: text, capitals: legacy.capitals)
            }
            let caps = rPr?.child("caps").map(WordStyles.isOn) ?? false
            if caps { text = text.uppercased() }
            let emphasis = styles.emphasis(paragraphStyle: paragraphStyle, run: rPr, table: cellEmphasis)
            return WordRun(text: text, bold: emphasis.bold, italic: emphasis.italic)
        }

        /// The text boxes (`w:txbxContent`) drawn in a run, read as blocks given after the
        /// paragraph that anchors them: a clerk puts the number ("Số: 09-BB/CB"), or the time
        /// and place, in a box beside the title.
        mutating func readTextBoxes(in node: XMLPartNode) {
            let outer = floating
            floating = []
            var found: [WordBlock] = []
            for content in Self.textBoxes(in: node) { found += blocks(in: content) }
            floating = outer + found
        }

        /// The outermost `txbxContent` elements below `node` (a box inside a box is read with
        /// its outer box), the chosen alternative of each `mc:AlternateContent` only.
        static func textBoxes(in node: XMLPartNode) -> [XMLPartNode] {
            var found: [XMLPartNode] = []
            for child in node.children {
                if child.name == "txbxContent" {
                    found.append(child)
                } else if child.name == "AlternateContent" {
                    if let chosen = alternative(child) { found += textBoxes(in: chosen) }
                } else {
                    found += textBoxes(in: child)
                }
            }
            return found
        }

        /// Of an `mc:AlternateContent`, the one form to read: Word and LibreOffice write a text
        /// box twice, as a drawing (`mc:Choice`) and as VML (`mc:Fallback`), and only one is shown.
        static func alternative(_ node: XMLPartNode) -> XMLPartNode? {
            node.child("Choice") ?? node.child("Fallback")
        }
    }
}
