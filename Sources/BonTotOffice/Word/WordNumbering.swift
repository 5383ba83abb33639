/// What the reader needs of `word/numbering.xml`: how each list (`w:num`) shows its levels'
/// bullets or numbers, and which lists count together. Word keeps the count on the abstract
/// definition (`w:abstractNum`), so lists that share one go on from each other's numbers; a
/// list that sets a level's start (`w:lvlOverride/w:startOverride`) starts that level afresh
/// where its first item at that level comes, and the lists after it go on from there.
/// A definition that only links to a numbering style (`w:numStyleLink`) takes the levels, and
/// the count, of the definition of the list that style names (`w:pPr/w:numPr/w:numId`), as a
/// template's list styles are kept; a level may name the paragraph style it numbers (`w:pStyle`).
struct WordNumbering {
    /// numId → (level → how it shows its items), its overrides applied.
    private(set) var levels: [String: [Int: ListLevelFormat]] = [:]
    /// numId → the abstract definition it counts in.
    private var abstractIDs: [String: String] = [:]
    /// numId → the levels it starts afresh.
    private var restartedLevels: [String: Set<Int>] = [:]
    /// numId → (paragraph style → the level that names it).
    private var styleLevels: [String: [String: Int]] = [:]

    init(_ numbering: XMLPartNode?, styles: WordStyles = WordStyles(nil)) {
        guard let numbering else { return }
        var abstract: [String: [Int: ListLevelFormat]] = [:]
        var linkedStyles: [String: [String: Int]] = [:]
        /// abstractNumId → the numbering style it links to.
        var links: [String: String] = [:]
        for definition in numbering.children(named: "abstractNum") {
            guard let id = definition["abstractNumId"] else { continue }
            var levels: [Int: ListLevelFormat] = [:]
            for level in definition.children(named: "lvl") {
                let number = Self.number(of: level)
                levels[number] = Self.format(level, number: number)
                if let style = level.child("pStyle")?["val"] { linkedStyles[id, default: [:]][style] = number }
            }
            abstract[id] = levels
            if let link = definition.child("numStyleLink")?["val"] { links[id] = link }
        }
        let lists = numbering.children(named: "num")
        let listDefinitions = Dictionary(lists.compactMap { list in
            list["numId"].flatMap { id in list.child("abstractNumId")?["val"].map { (id, $0) } }
        }, uniquingKeysWith: { first, _ in first })
        /// The definition that holds the levels of `id`: through its numbering style's list, as
        /// often as it links (a link that comes back to where it started leads nowhere).
        func holding(_ id: String) -> String {
            var current = id
            var seen: Set<String> = [id]
            while let style = links[current], let list = styles.inherited(style, { $0.numberingID }),
                  let next = listDefinitions[list], seen.insert(next).inserted {
                current = next
            }
            return current
        }
        for list in lists {
            guard let id = list["numId"], let listed = list.child("abstractNumId")?["val"] else { continue }
            let abstractID = holding(listed)
            styleLevels[id] = linkedStyles[abstractID]
            var levels = abstract[abstractID] ?? [:]
            for override in list.children(named: "lvlOverride") {
                let number = Self.number(of: override)
                if let level = override.child("lvl") { levels[number] = Self.format(level, number: number) }
                if let start = override.child("startOverride")?["val"].flatMap({ Int($0) }) {
                    levels[number]?.start = start
                    restartedLevels[id, default: []].insert(number)
                }
            }
            self.levels[id] = levels
            abstractIDs[id] = abstractID
        }
    }

    /// The name the count of list `numId` is kept under: its abstract definition's.
    func counter(_ numberingID: String) -> String {
        abstractIDs[numberingID].map { "abstract " + $0 } ?? numberingID
    }

    /// The level of list `numId` that names paragraph style `style`; nil where none does.
    func level(linkedTo style: String, in numberingID: String) -> Int? {
        styleLevels[numberingID]?[style]
    }

    /// Whether list `numId` starts `level` afresh at its first item there.
    func restarts(_ numberingID: String, level: Int) -> Bool {
        restartedLevels[numberingID]?.contains(level) == true
    }

    /// Whether the list `numId` at `level` shows bullets; nil when unknown.
    func isBullet(_ numberingID: String, level: Int) -> Bool? {
        levels[numberingID]?[level].map { $0.style == .bullet }
    }

    private static func number(of node: XMLPartNode) -> Int {
        level(node["ilvl"]) ?? 0
    }

    /// A list level as Word writes one (`w:ilvl`, 0 to 8); nil for none, or for a number no
    /// list has (a damaged file's 2^63 - 1, which would overflow where levels are counted).
    static func level(_ value: String?) -> Int? {
        value.flatMap { Int($0) }.flatMap { (0...8).contains($0) ? $0 : nil }
    }

    private static func format(_ level: XMLPartNode, number: Int) -> ListLevelFormat {
        ListLevelFormat(style: ListLevelFormat.style(word: level.child("numFmt")?["val"]),
                        start: level.child("start")?["val"].flatMap { Int($0) } ?? 1,
                        pattern: level.child("lvlText")?["val"] ?? "%\(number + 1).")
    }
}
