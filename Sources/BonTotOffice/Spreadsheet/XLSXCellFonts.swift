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
        guard let index = style.map({ Int($0) }) ?? 0, styles.indices.contains(index), let legacy = styles[index] else { return text }
        return legacy.encoding.convert(fontText: text, capitals: legacy.capitals)
    }

    /// The text of a rich-text string whose runs name their fonts (`<rPr><rFont val=".VnTime"/>`),
    /// each run in a legacy font converted; nil when no run names a font (the cell's font then
    /// decides).
    static func unicode(runs: [XMLPartNode]) -> String? {
        guard runs.contains(where: { $0.child("rPr")?.child("rFont") != nil }) else { return nil }
        return runs.map { run in
            let text = run.child("t")?.text ?? ""
            guard let font = run.child("rPr")?.child("rFont")?["val"], let legacy = LegacyEncoding.of(font: font) else { return text }
            return legacy.encoding.convert(fontText: text, capitals: legacy.capitals)
        }.joined()
    }
}
