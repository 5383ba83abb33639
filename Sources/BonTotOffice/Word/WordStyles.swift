/// What the reader needs of `word/styles.xml` and `word/numbering.xml`: each paragraph style's
/// heading level, list kind and font; the document's default font; how each list's levels show
/// their bullets or numbers.
struct WordStyles {
    /// One paragraph style as `styles.xml` defines it, before its `basedOn` chain is followed.
    struct Style {
        var name: String
        var basedOn: String?
        var font: String?
        var outlineLevel: Int?
        var numberingID: String?
    }

    var styles: [String: Style] = [:]
    var defaultFont: String?
    /// numId → (level → how it shows its items).
    var listLevels: [String: [Int: ListLevelFormat]] = [:]

    init(styles root: XMLPartNode?, numbering: XMLPartNode?) {
        if let root {
            defaultFont = root.child("docDefaults")?.child("rPrDefault")?.child("rPr").flatMap(Self.font(of:))
            for style in root.children(named: "style") {
                guard let id = style["styleId"] else { continue }
                let pPr = style.child("pPr")
                styles[id] = Style(name: style.child("name")?["val"] ?? id, basedOn: style.child("basedOn")?["val"],
                                   font: style.child("rPr").flatMap(Self.font(of:)),
                                   outlineLevel: pPr?.child("outlineLvl")?["val"].flatMap { Int($0) },
                                   numberingID: pPr?.child("numPr")?.child("numId")?["val"])
            }
        }
        if let numbering {
            var abstract: [String: [Int: ListLevelFormat]] = [:]
            for definition in numbering.children(named: "abstractNum") {
                guard let id = definition["abstractNumId"] else { continue }
                var levels: [Int: ListLevelFormat] = [:]
                for level in definition.children(named: "lvl") {
                    let number = Int(level["ilvl"] ?? "0") ?? 0
                    levels[number] = ListLevelFormat(style: ListLevelFormat.style(word: level.child("numFmt")?["val"]),
                                                     start: level.child("start")?["val"].flatMap { Int($0) } ?? 1,
                                                     pattern: level.child("lvlText")?["val"] ?? "%\(number + 1).")
                }
                abstract[id] = levels
            }
            for number in numbering.children(named: "num") {
                guard let id = number["numId"], let abstractID = number.child("abstractNumId")?["val"] else { continue }
                listLevels[id] = abstract[abstractID]
            }
        }
    }

    /// The font a run properties element names (`w:rFonts w:ascii`).
    static func font(of rPr: XMLPartNode) -> String? {
        guard let fonts = rPr.child("rFonts") else { return nil }
        return fonts["ascii"] ?? fonts["hAnsi"] ?? fonts["cs"]
    }

    /// A style's value, looked up along its `basedOn` chain.
    func inherited<T>(_ id: String?, _ value: (Style) -> T?) -> T? {
        var current = id
        var seen = Set<String>()
        while let key = current, seen.insert(key).inserted, let style = styles[key] {
            if let found = value(style) { return found }
            current = style.basedOn
        }
        return nil
    }

    /// The heading level of a paragraph style: `Heading N` → N, `Title` → 1, an outline level → level + 1.
    func headingLevel(_ id: String?) -> Int? {
        guard let id, let style = styles[id] else { return nil }
        let name = style.name.lowercased()
        if name == "title" { return 1 }
        if name.hasPrefix("heading "), let level = Int(name.dropFirst(8)) { return level }
        return inherited(id) { $0.outlineLevel }.map { $0 + 1 }
    }

    /// Whether the list `numId` at `level` shows bullets; nil when unknown.
    func isBullet(numberingID: String, level: Int) -> Bool? {
        listLevels[numberingID]?[level].map { $0.style == .bullet }
    }
}
