/// The text of an OpenDocument paragraph's inline content as runs of one formatting: text
/// between elements with its white space collapsed, `text:s` (spaces), `text:tab`,
/// `text:line-break`, spans and links read with their style; a footnote or endnote
/// (`text:note`) as its mark, its body kept for the reader; comments, bookmarks and change
/// marks, and text the document hides, left out. Text in a legacy TCVN3 or VNI font is
/// converted to Unicode.
struct OpenDocumentInlineText {
    let styles: OpenDocumentStyles
    /// How many runs were converted from each legacy encoding.
    var converted: [LegacyEncoding: Int] = [:]
    /// The bodies (`text:note-body`) of the notes met so far, note `n` at `n - 1`: the reader
    /// reads them after the text.
    var notes: [XMLPartNode] = []
    /// The drawings (`draw:frame`, a shape) met in the content read so far, which may hold
    /// text: the reader takes them after each paragraph.
    var frames: [XMLPartNode] = []

    /// The elements of a drawing anchored in text: a frame (around a text box or a picture), a
    /// shape (Word's text box becomes `draw:custom-shape` with the text inside), a group.
    static let drawings: Set<String> = ["frame", "custom-shape", "rect", "ellipse", "circle", "polygon", "path",
                                        "regular-polygon", "caption", "g"]

    init(styles: OpenDocumentStyles) {
        self.styles = styles
    }

    /// The formatting a stretch of text is in.
    struct Format: Equatable {
        var bold = false
        var italic = false
        var capitals = false
        var legacy: LegacyEncoding?
        var legacyCapitals = false
        /// Text the document hides (`text:display="none"`), left out.
        var hidden = false
    }

    /// The format of text in style `name` of `family`, over `outer`.
    func format(_ name: String?, family: String, over outer: Format) -> Format {
        guard let name else { return outer }
        var format = outer
        if let bold = styles.inherited(name, family: family, { $0.bold }) { format.bold = bold }
        if let italic = styles.inherited(name, family: family, { $0.italic }) { format.italic = italic }
        if let capitals = styles.inherited(name, family: family, { $0.capitals }) { format.capitals = capitals }
        if let hidden = styles.inherited(name, family: family, { $0.textHidden }) { format.hidden = hidden }
        if let font = styles.inherited(name, family: family, { $0.font }) {
            let legacy = LegacyEncoding.of(font: styles.fontFamily(font))
            format.legacy = legacy?.encoding
            format.legacyCapitals = legacy?.capitals ?? false
        }
        return format
    }

    /// A stretch of text in one format, or the mark of note number `note` (its text empty).
    private struct Piece {
        var text: String
        var format: Format
        var note: Int?
    }

    /// The runs of `node`'s content, in `format`.
    mutating func runs(of node: XMLPartNode, format: Format) -> [WordRun] {
        guard !format.hidden else { return [] }
        var pieces: [Piece] = []
        collect(node, format: format, into: &pieces)
        var runs: [WordRun] = []
        var pending = ""
        var pendingFormat: Format?
        func flush() {
            guard let format = pendingFormat, !pending.isEmpty else { return }
            var text = pending
            pending = ""
            // Text typed in Unicode in a legacy font's style stays as it is (`LegacyEncoding.holdsUnicodeLetters`).
            if let legacy = format.legacy, !LegacyEncoding.holdsUnicodeLetters(text) {
                // A VNI mark in a span of its own (a bold mark) joins the vowel before it.
                text = runs.joiningLeadingMark(of: text, in: legacy)
                guard !text.isEmpty else { return }
                text = legacy.convert(fontText: text, capitals: format.legacyCapitals)
                converted[legacy, default: 0] += 1
            }
            if format.capitals { text = text.uppercased() }
            runs.append(WordRun(text: text, bold: format.bold, italic: format.italic))
        }
        for piece in pieces {
            if let note = piece.note {
                flush()
                runs.append(WordRun(text: "", note: note))
                continue
            }
            if piece.format != pendingFormat { flush(); pendingFormat = piece.format }
            pending += piece.text
        }
        flush()
        return runs
    }

    /// The plain text of `node`'s content (a spreadsheet cell's paragraph).
    mutating func text(of node: XMLPartNode, format: Format) -> String {
        runs(of: node, format: format).map(\.text).joined()
    }

    private mutating func collect(_ node: XMLPartNode, format: Format, into pieces: inout [Piece]) {
        for child in node.children {
            switch child.name {
            case XMLTree.textNodeName:
                let previous = pieces.last { $0.note == nil }?.text
                pieces.append(Piece(text: Self.collapsed(child.text, after: previous), format: format))
            case "s":
                pieces.append(Piece(text: String(repeating: " ", count: OpenDocumentTable.count(child["c"], limit: 100)), format: format))
            case "tab": pieces.append(Piece(text: "\t", format: format))
            case "line-break": pieces.append(Piece(text: "\n", format: format))
            case "span":
                let spanFormat = self.format(child["style-name"], family: "text", over: format)
                if !spanFormat.hidden { collect(child, format: spanFormat, into: &pieces) }
            case _ where Self.drawings.contains(child.name): frames.append(child)
            case "note":
                guard let body = child.child("note-body") else { break }
                notes.append(body)
                pieces.append(Piece(text: "", format: format, note: notes.count))
            case "annotation", "annotation-end", "bookmark", "bookmark-start", "bookmark-end", "reference-mark",
                 "reference-mark-start", "reference-mark-end", "change", "change-start", "change-end", "soft-page-break",
                 "tracked-changes":
                break
            default:
                // Links, fields (a date, a page number) and ruby: their text as it shows.
                collect(child, format: format, into: &pieces)
            }
        }
    }

    /// Text between elements as it shows: line ends and tabs are spaces, runs of spaces one
    /// space, and a space at the start of the paragraph or right after a space already there
    /// left out.
    static func collapsed(_ text: String, after previous: String?) -> String {
        var result = ""
        var lastWasSpace = previous.map { $0.hasSuffix(" ") } ?? true
        for character in text {
            if character == " " || character == "\n" || character == "\r" || character == "\t" {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        return result
    }
}
