/// The text of a Word document as blocks in reading order, its formatting reduced to what
/// Markdown keeps: headings, lists, bold and italic, tables, and its footnotes and endnotes.
/// Text typed in TCVN3 or VNI fonts is already Unicode here.
public struct WordDocument: Sendable, Equatable {
    public var blocks: [WordBlock]
    /// The notes (footnotes, then endnotes too, as their marks come in the text), each its
    /// paragraphs: the run marking note `n` (`WordRun.note`) refers to `notes[n - 1]`.
    public var notes: [[WordParagraph]]
    /// The legacy encodings met in the document's fonts and converted, with how many runs each.
    public var convertedRuns: [LegacyEncoding: Int]
    /// The header of the first page, where offices often put the document head ("CHI BỘ THÔN
    /// ĐÔNG … Hòa Thuận, ngày 05 tháng 9 năm 2024"): its first-page header, then its default one;
    /// none when the document has no header.
    public var pageHeader: [WordBlock]

    public init(blocks: [WordBlock], notes: [[WordParagraph]] = [], convertedRuns: [LegacyEncoding: Int] = [:],
                pageHeader: [WordBlock] = []) {
        self.blocks = blocks
        self.notes = notes
        self.convertedRuns = convertedRuns
        self.pageHeader = pageHeader
    }
}

/// A paragraph or a table.
public enum WordBlock: Sendable, Equatable {
    case paragraph(WordParagraph)
    /// Rows of cells, each cell's paragraphs, with where each stands in the table's columns.
    case table(WordTable)
}

/// One paragraph: its runs, and whether it is a heading (level 1 = Heading 1 or Title) or an
/// item of a bulleted or numbered list.
public struct WordParagraph: Sendable, Equatable {
    /// How a paragraph is listed.
    public enum ListKind: Sendable, Equatable {
        case bullet
        case numbered
    }

    public var runs: [WordRun]
    public var headingLevel: Int?
    public var list: ListKind?
    /// The list's nesting level, 0 for the outermost.
    public var listLevel = 0
    /// The number a numbered item shows, as the document shows it ("2.", "II.", "a)"); nil for
    /// a bullet, or where the document does not say.
    public var listLabel: String?

    public init(runs: [WordRun], headingLevel: Int? = nil, list: ListKind? = nil, listLevel: Int = 0) {
        self.runs = runs
        self.headingLevel = headingLevel
        self.list = list
        self.listLevel = listLevel
    }

    /// The paragraph's text without formatting, and without its notes' marks.
    public var text: String { runs.map(\.text).joined() }
}

/// A stretch of text with one formatting, or the mark of a note (its text empty).
public struct WordRun: Sendable, Equatable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    /// For the mark of a footnote or an endnote, the note's number (1 for `WordDocument.notes[0]`).
    public var note: Int?

    public init(text: String, bold: Bool = false, italic: Bool = false, note: Int? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.note = note
    }
}
