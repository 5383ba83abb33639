/// The styles of an OpenDocument file (.odt, .ods) as far as a reader of its text needs them:
/// for each style, its parent, whether its text is bold, italic, in capitals or hidden, its font (a
/// legacy TCVN3 or VNI font means its text is not Unicode), the list style it gives its
/// paragraphs, its outline level, and whether a table (sheet) in it is hidden. Named styles
/// come from `styles.xml`, automatic ones from `content.xml`; a style's missing property is
/// taken from its parent, then from the family's default style.
struct OpenDocumentStyles {
    /// One style's own properties, nil where it sets none.
    struct Style {
        var parent: String?
        var displayName: String?
        var bold: Bool?
        var italic: Bool?
        var capitals: Bool?
        var font: String?
        var listStyle: String?
        var outlineLevel: Int?
        var hidden: Bool?
        /// Whether its text is hidden (`text:display="none"`: a template's guidance to the
        /// clerk, as LibreOffice saves Word's hidden text).
        var textHidden: Bool?
    }

    /// Styles by family (`paragraph`, `text`, `table`, `table-cell`) and name.
    private var styles: [String: [String: Style]] = [:]
    /// The default style of each family.
    private var defaults: [String: Style] = [:]
    /// How each level (0-based) of a list style shows its items, by list style name.
    private(set) var listLevels: [String: [Int: ListLevelFormat]] = [:]
    /// Font face names (`style:font-name`) → their family (`svg:font-family`).
    private var fontFamilies: [String: String] = [:]

    /// Reads the styles of `parts` (`styles.xml`'s root, then `content.xml`'s), later ones
    /// adding to earlier ones.
    init(_ parts: [XMLPartNode?]) {
        for root in parts.compactMap({ $0 }) { read(root) }
    }

    private mutating func read(_ root: XMLPartNode) {
        for declarations in root.children(named: "font-face-decls") {
            for face in declarations.children(named: "font-face") {
                guard let name = face["name"] else { continue }
                fontFamilies[name] = (face["font-family"] ?? name).trimmingCharacters(in: ["'", "\""])
            }
        }
        for section in root.children where ["styles", "automatic-styles"].contains(section.name) {
            for node in section.children {
                switch node.name {
                case "style":
                    guard let name = node["name"], let family = node["family"] else { continue }
                    styles[family, default: [:]][name] = Self.style(node)
                case "default-style":
                    if let family = node["family"] { defaults[family] = Self.style(node) }
                case "list-style":
                    if let name = node["name"] { listLevels[name] = Self.levelFormats(node) }
                default: break
                }
            }
        }
    }

    private static func style(_ node: XMLPartNode) -> Style {
        var style = Style(parent: node["parent-style-name"], displayName: node["display-name"])
        if let text = node.child("text-properties") {
            style.bold = text["font-weight"].map { $0 == "bold" || (Int($0) ?? 400) >= 600 }
            style.italic = text["font-style"].map { $0 == "italic" || $0 == "oblique" }
            style.capitals = text["text-transform"].map { $0 == "uppercase" }
            style.font = text["font-name"] ?? text["font-family"]
            style.textHidden = text["display"].map { $0 == "none" }
        }
        style.listStyle = node["list-style-name"]
        style.outlineLevel = node["default-outline-level"].flatMap { Int($0) }
        style.hidden = node.child("table-properties")?["display"].map { $0 == "false" }
        return style
    }

    /// Each level's format: a bullet (or picture), or a number in `style:num-format` between
    /// `style:num-prefix` and `style:num-suffix`, with the numbers of the `text:display-levels`
    /// levels above it before it ("1.2.").
    private static func levelFormats(_ node: XMLPartNode) -> [Int: ListLevelFormat] {
        var levels: [Int: ListLevelFormat] = [:]
        for level in node.children {
            guard let number = level["level"].flatMap({ Int($0) }), (1...10).contains(number) else { continue }
            switch level.name {
            case "list-level-style-bullet", "list-level-style-image":
                levels[number - 1] = ListLevelFormat(style: .bullet, pattern: "")
            case "list-level-style-number":
                let shown = min(max(level["display-levels"].flatMap { Int($0) } ?? 1, 1), number)
                let numbers = ((number - shown + 1)...number).map { "%\($0)" }.joined(separator: ".")
                levels[number - 1] = ListLevelFormat(style: ListLevelFormat.style(openDocument: level["num-format"]),
                                                     start: level["start-value"].flatMap { Int($0) } ?? 1,
                                                     pattern: (level["num-prefix"] ?? "") + numbers + (level["num-suffix"] ?? ""))
            default: break
            }
        }
        return levels
    }

    /// A property of the style `name` of `family`, from the style, its parents, then the
    /// family's default.
    func inherited<T>(_ name: String?, family: String, _ property: (Style) -> T?) -> T? {
        var current = name
        var seen: Set<String> = []
        while let name = current, !seen.contains(name), let style = styles[family]?[name] {
            if let value = property(style) { return value }
            seen.insert(name)
            current = style.parent
        }
        return defaults[family].flatMap(property)
    }

    /// The style's name and its parents' names, display names included, lower case: what tells
    /// a title or a heading (`Title`, `Heading_20_1`, "Heading 1").
    func names(_ name: String?, family: String) -> [String] {
        var current = name
        var found: [String] = []
        while let name = current, !found.contains(name.lowercased()) {
            found.append(name.lowercased())
            guard let style = styles[family]?[name] else { break }
            if let display = style.displayName { found.append(display.lowercased()) }
            current = style.parent
        }
        return found
    }

    /// The font family a font face name stands for (`VnTime` → `.VnTime`).
    func fontFamily(_ name: String) -> String { fontFamilies[name] ?? name }

    /// The legacy encoding of text in the style `name` of `family`, nil for a Unicode font.
    func legacyEncoding(_ name: String?, family: String) -> (encoding: LegacyEncoding, capitals: Bool)? {
        inherited(name, family: family) { $0.font }.flatMap { LegacyEncoding.of(font: fontFamily($0)) }
    }

    /// Whether level `level` (0-based) of the list style `name` shows bullets; nil when unknown.
    func isBullet(listStyle name: String, level: Int) -> Bool? {
        listLevels[name]?[level].map { $0.style == .bullet }
    }

    /// Whether a table in the style `name` is hidden (a sheet hidden in Calc).
    func isHidden(table name: String?) -> Bool {
        inherited(name, family: "table") { $0.hidden } ?? false
    }
}
