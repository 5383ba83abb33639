/// What the reader needs of `word/numbering.xml`: how each list (`w:num`) shows its levels'
/// bullets or numbers, and which lists count together. Word keeps the count on the abstract
/// definition (`w:abstractNum`), so lists that share one go on from each other's numbers; a
/// list that sets a level's start (`w:lvlOverride/w:startOverride`) starts that level afresh
/// where its first item at that level comes, and the lists after it go on from there.
struct WordNumbering {
    /// numId → (level → how it shows its items), its overrides applied.
    private(set) var levels: [String: [Int: ListLevelFormat]] = [:]
    /// numId → the abstract definition it counts in.
    private var abstractIDs: [String: String] = [:]
    /// numId → the levels it starts afresh.
    private var restartedLevels: [String: Set<Int>] = [:]

    init(_ numbering: XMLPartNode?) {
        guard let numbering else { return }
        var abstract: [String: [Int: ListLevelFormat]] = [:]
        for definition in numbering.children(named: "abstractNum") {
            guard let id = definition["abstractNumId"] else { continue }
            var levels: [Int: ListLevelFormat] = [:]
            for level in definition.children(named: "lvl") {
                let number = Self.number(of: level)
                levels[number] = Self.format(level, number: number)
            }
            abstract[id] = levels
        }
        for list in numbering.children(named: "num") {
            guard let id = list["numId"], let abstractID = list.child("abstractNumId")?["val"] else { continue }
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

    /// Whether list `numId` starts `level` afresh at its first item there.
    func restarts(_ numberingID: String, level: Int) -> Bool {
        restartedLevels[numberingID]?.contains(level) == true
    }

    /// Whether the list `numId` at `level` shows bullets; nil when unknown.
    func isBullet(_ numberingID: String, level: Int) -> Bool? {
        levels[numberingID]?[level].map { $0.style == .bullet }
    }

    private static func number(of node: XMLPartNode) -> Int {
        Int(node["ilvl"] ?? "0") ?? 0
    }

    private static func format(_ level: XMLPartNode, number: Int) -> ListLevelFormat {
        ListLevelFormat(style: ListLevelFormat.style(word: level.child("numFmt")?["val"]),
                        start: level.child("start")?["val"].flatMap { Int($0) } ?? 1,
                        pattern: level.child("lvlText")?["val"] ?? "%\(number + 1).")
    }
}
