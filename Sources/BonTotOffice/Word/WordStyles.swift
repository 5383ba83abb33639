/// What the reader needs of `word/styles.xml`: each paragraph style's heading level, list and
/// font; whether a style makes its text bold or italic, a table style in each part of a table
/// too (its header row, first column…); the document's default font, bold and italic.
struct WordStyles {
    /// One style (a paragraph's or a character style) as `styles.xml` defines it, before its
    /// `basedOn` chain is followed.
    struct Style {
        var name: String
        var basedOn: String?
        var fonts: WordFonts?
        var outlineLevel: Int?
        var numberingID: String?
        /// The list level the style's `w:numPr` gives (`w:ilvl`); nil where it gives none.
        var numberingLevel: Int?
        /// `w:b` and `w:i` in the style's run properties; nil where the style does not say.
        var bold: Bool?
        var italic: Bool?
        /// `w:vanish` in the style's run properties (text Word does not show); nil where the
        /// style does not say.
        var hidden: Bool? = nil
        /// Of a table style, `w:b` and `w:i` of each part it formats apart (`w:tblStylePr`:
        /// "firstRow", "lastCol", "nwCell"…).
        var parts: [String: Emphasis] = [:]
        /// Of a table style, how many rows (columns) make one band (`w:tblStyleRowBandSize`,
        /// `w:tblStyleColBandSize`); nil where it does not say.
        var rowBandSize: Int? = nil
        var columnBandSize: Int? = nil
    }

    /// Bold and italic as a style sets them; nil where it does not say.
    struct Emphasis: Equatable {
        var bold: Bool?
        var italic: Bool?

        init(bold: Bool? = nil, italic: Bool? = nil) {
            self.bold = bold
            self.italic = italic
        }

        init(_ rPr: XMLPartNode?) {
            self.init(bold: rPr?.child("b").map(WordStyles.isOn), italic: rPr?.child("i").map(WordStyles.isOn))
        }

        /// These values, where `nearer` says nothing.
        func overridden(by nearer: Emphasis) -> Emphasis {
            Emphasis(bold: nearer.bold ?? bold, italic: nearer.italic ?? italic)
        }
    }

    var styles: [String: Style] = [:]
    /// The fonts of the document's defaults (`w:docDefaults`).
    private var defaultFonts: WordFonts?
    /// The paragraph style of a paragraph that names none (`w:default="1"`, Word's "Normal").
    private(set) var defaultParagraphStyle: String?
    private var themeFonts = WordThemeFonts(nil)
    /// The table style of a table that names none (`w:default="1"`).
    var defaultTableStyle: String?
    private var defaultBold: Bool?
    private var defaultItalic: Bool?

    /// The styles of `styles.xml` (`root`), their theme fonts taken from `theme1.xml` (`theme`).
    init(_ root: XMLPartNode?, theme: XMLPartNode? = nil) {
        themeFonts = WordThemeFonts(theme)
        guard let root else { return }
        let defaults = root.child("docDefaults")?.child("rPrDefault")?.child("rPr")
        defaultFonts = WordFonts(defaults)
        defaultBold = defaults?.child("b").map(Self.isOn)
        defaultItalic = defaults?.child("i").map(Self.isOn)
        for style in root.children(named: "style") {
            guard let id = style["styleId"] else { continue }
            let pPr = style.child("pPr")
            let rPr = style.child("rPr")
            let emphasis = Emphasis(rPr)
            var parts: [String: Emphasis] = [:]
            for part in style.children(named: "tblStylePr") {
                if let type = part["type"] { parts[type] = Emphasis(part.child("rPr")) }
            }
            styles[id] = Style(name: style.child("name")?["val"] ?? id, basedOn: style.child("basedOn")?["val"],
                               fonts: WordFonts(rPr),
                               // Word's outline levels are 0 to 9 (9 is body text); another number is none.
                               outlineLevel: pPr?.child("outlineLvl")?["val"].flatMap { Int($0) }.flatMap { (0...9).contains($0) ? $0 : nil },
                               numberingID: pPr?.child("numPr")?.child("numId")?["val"],
                               numberingLevel: WordNumbering.level(pPr?.child("numPr")?.child("ilvl")?["val"]),
                               bold: emphasis.bold, italic: emphasis.italic,
                               hidden: rPr?.child("vanish").map(Self.isOn), parts: parts,
                               rowBandSize: Self.bandSize(style.child("tblPr")?.child("tblStyleRowBandSize")),
                               columnBandSize: Self.bandSize(style.child("tblPr")?.child("tblStyleColBandSize")))
            let isDefault = style["default"].map({ Self.isOn(value: $0) }) == true
            if style["type"] == "table", isDefault { defaultTableStyle = id }
            if style["type"] == "paragraph", isDefault { defaultParagraphStyle = id }
        }
    }

    /// A band size (`w:tblStyleRowBandSize w:val="2"`); nil where absent or not a positive number.
    static func bandSize(_ element: XMLPartNode?) -> Int? {
        element?["val"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    /// The font a run's letters beyond ASCII are drawn in, where every byte of a TCVN3 or VNI
    /// text but the ASCII ones shows: the `w:hAnsi` font Word finds first on the run itself, then
    /// in its character style, its paragraph style (or the default paragraph style, "Normal"),
    /// the document's defaults, each style along its `basedOn` chain; where none names one, the
    /// `w:ascii` font found the same way. A theme font is the theme's typeface (the font a
    /// Unicode text pasted with its formatting keeps, in a document typed in `.VnTime`).
    func runFont(paragraphStyle: String?, run rPr: XMLPartNode?) -> String? {
        let characterStyle = rPr?.child("rStyle")?["val"]
        let levels = [WordFonts(rPr)] + chain(characterStyle).map { styles[$0]?.fonts }
            + chain(paragraphStyle ?? defaultParagraphStyle).map { styles[$0]?.fonts } + [defaultFonts]
        switch levels.lazy.compactMap({ $0?.highANSI }).first ?? levels.lazy.compactMap({ $0?.ascii }).first {
        case .named(let name): return name
        case .theme(let name): return themeFonts.typeface(name)
        case nil: return nil
        }
    }

    /// `<w:b/>` and `<w:b w:val="true"/>` are on; `w:val="0"`, `"false"` or `"off"` off.
    static func isOn(_ toggle: XMLPartNode) -> Bool {
        guard let value = toggle["val"] else { return true }
        return isOn(value: value)
    }

    /// An on/off attribute's value: "0", "false" and "off" are off, anything else on.
    static func isOn(value: String) -> Bool {
        !["0", "false", "off"].contains(value.lowercased())
    }

    /// A style's value, looked up along its `basedOn` chain.
    func inherited<T>(_ id: String?, _ value: (Style) -> T?) -> T? {
        for key in chain(id) {
            if let style = styles[key], let found = value(style) { return found }
        }
        return nil
    }

    /// Style `id` and the styles it is based on, nearest first, each once.
    func chain(_ id: String?) -> [String] {
        var current = id
        var seen: [String] = []
        while let key = current, !seen.contains(key), let style = styles[key] {
            seen.append(key)
            current = style.basedOn
        }
        return seen
    }

    /// Whether a run shows bold and italic, as Word decides: set on the run itself (`rPr`), that
    /// is so, `w:val="0"` turning it off; otherwise the paragraph's style and the run's
    /// character style each say what the nearest style along its `basedOn` chain says, and
    /// where both turn it on they turn it off again (these properties toggle); where neither
    /// says, the table style of the cell the run is in (`table`, see `tableEmphasis`); where no
    /// style says, the document's default.
    func emphasis(paragraphStyle: String?, run rPr: XMLPartNode?, table: Emphasis = Emphasis()) -> (bold: Bool, italic: Bool) {
        let characterStyle = rPr?.child("rStyle")?["val"]
        func resolved(_ element: String, _ value: (Style) -> Bool?, table: Bool?, default fallback: Bool?) -> Bool {
            if let direct = rPr?.child(element) { return Self.isOn(direct) }
            let levels = [inherited(paragraphStyle, value), inherited(characterStyle, value)].compactMap { $0 }
            guard !levels.isEmpty else { return table ?? fallback ?? false }
            return levels.reduce(false) { $0 != $1 }
        }
        return (resolved("b", \.bold, table: table.bold, default: defaultBold),
                resolved("i", \.italic, table: table.italic, default: defaultItalic))
    }

    /// Whether Word hides a run (`w:vanish`: a template's guidance to the clerk, "(ghi rõ
    /// tháng, năm)"): as the run itself says, or else its character style, or else its
    /// paragraph style, each along its `basedOn` chain.
    func isHidden(paragraphStyle: String?, run rPr: XMLPartNode?) -> Bool {
        if let direct = rPr?.child("vanish") { return Self.isOn(direct) }
        return inherited(rPr?.child("rStyle")?["val"]) { $0.hidden } ?? inherited(paragraphStyle) { $0.hidden } ?? false
    }

    /// What table style `id` (or the default table style, for nil) sets for a cell in the parts
    /// of the table `parts` names, in the order Word applies them, each later one over the
    /// earlier: the whole table, then "firstCol"/"lastCol", "firstRow"/"lastRow", then the
    /// corner cells ("nwCell"…). Each is looked up along the style's `basedOn` chain.
    func tableEmphasis(style id: String?, parts: [String]) -> Emphasis {
        let id = id ?? defaultTableStyle
        var emphasis = Emphasis(bold: inherited(id) { $0.bold }, italic: inherited(id) { $0.italic })
        for part in parts {
            emphasis = emphasis.overridden(by: Emphasis(bold: inherited(id) { $0.parts[part]?.bold },
                                                        italic: inherited(id) { $0.parts[part]?.italic }))
        }
        return emphasis
    }

    /// The heading level of a paragraph style: `Heading N` → N, `Title` → 1, an outline level → level + 1.
    func headingLevel(_ id: String?) -> Int? {
        guard let id, let style = styles[id] else { return nil }
        let name = style.name.lowercased()
        if name == "title" { return 1 }
        if name.hasPrefix("heading "), let level = Int(name.dropFirst(8)) { return level }
        return inherited(id) { $0.outlineLevel }.map { $0 + 1 }
    }
}
