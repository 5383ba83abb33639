/// The legacy fonts of a workbook's cells: an office that still types with the ABC or VNI
/// keyboard sets its cells in `.VnTime` or `VNI-Times`, and the file holds the font's codes
/// ("Chi bé khu d©n c­"), not Unicode. Read from `xl/styles.xml`: each font's name, and the font
/// (`fontId`) of each cell style, so a cell's text can be converted as `DOCXReader` converts a run.
struct XLSXCellFonts {
    /// The legacy encoding of each cell style (`s="2"` is the third), nil for a Unicode font.
    private var styles: [(encoding: LegacyEncoding, capitals: Bool)?] = []

    init(styles root: XMLPartNode?) {
        guard let root else { return }
        let fonts = (root.child("fonts")?.children(named: "font") ?? []).map { font in
            font.child("name")?["val"].flatMap(LegacyEncoding.of(font:))
        }
        styles = (root.child("cellXfs")?.children(named: "xf") ?? []).map { style in
            guard let id = style["fontId"].flatMap({ Int($0) }), fonts.indices.contains(id) else { return nil }
            return fonts[id]
        }
    }

    /// `text` of a cell with the style attribute `style`, in Unicode. A cell without one is in
    /// the first cell style, the workbook's default font: an office's Excel whose default font
    /// is `.VnTime` writes every cell typed in it so.
    func unicode(_ text: String, style: String?) -> String {
        guard let legacy = legacyFont(style: style) else { return text }
        return legacy.encoding.convert(fontText: text, capitals: legacy.capitals)
    }

    /// The legacy font of the cell style `style` (the first where nil), nil for a Unicode font.
    private func legacyFont(style: String?) -> (encoding: LegacyEncoding, capitals: Bool)? {
        guard let index = style.map({ Int($0) }) ?? 0, styles.indices.contains(index) else { return nil }
        return styles[index]
    }

    /// One run of a rich-text string: its text, and the font it names (`<rPr><rFont val=".VnTime"/>`),
    /// nil where it names none and shows in its cell's font.
    struct Run: Sendable, Equatable {
        var text: String
        var font: String?
    }

    /// The runs of a rich-text string item (`<r>`), phonetic hints left out; nil for plain text.
    static func runs(of item: XMLPartNode) -> [Run]? {
        let runs = item.children(named: "r")
        guard !runs.isEmpty else { return nil }
        return runs.map { Run(text: $0.child("t")?.text ?? "", font: $0.child("rPr")?.child("rFont")?["val"]) }
    }

    /// The text of a rich-text string in a cell with the style attribute `style`, in Unicode: a
    /// run naming its font in that font, another in the cell's (Excel writes the first run of a
    /// `.VnTime` cell partly bold without a font of its own). Neighbouring runs in one font are
    /// converted together, so that a VNI letter split between them stays one letter.
    func unicode(runs: [Run], style: String?) -> String {
        let cellFont = legacyFont(style: style)
        var result = ""
        var pending = ""
        var pendingFont: (encoding: LegacyEncoding, capitals: Bool)?
        func flush() {
            result += pendingFont.map { $0.encoding.convert(fontText: pending, capitals: $0.capitals) } ?? pending
            pending = ""
        }
        for run in runs {
            let font = run.font.map { LegacyEncoding.of(font: $0) } ?? cellFont
            if font?.encoding != pendingFont?.encoding || font?.capitals != pendingFont?.capitals {
                flush()
                pendingFont = font
            }
            pending += run.text
        }
        flush()
        return result
    }
}
