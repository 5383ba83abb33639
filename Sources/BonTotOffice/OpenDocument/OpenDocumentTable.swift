/// A table of an OpenDocument file (`table:table`), in a Writer document or as a Calc sheet.
enum OpenDocumentTable {
    /// The table's rows, also those inside header rows and row groups, in order.
    static func rows(of node: XMLPartNode) -> [XMLPartNode] {
        node.children.flatMap { child -> [XMLPartNode] in
            switch child.name {
            case "table-row": [child]
            case "table-header-rows", "table-rows", "table-row-group": rows(of: child)
            default: []
            }
        }
    }

    /// The table's column descriptions (`table:table-column`), also those inside header columns
    /// and column groups, in order.
    static func columns(of node: XMLPartNode) -> [XMLPartNode] {
        node.children.flatMap { child -> [XMLPartNode] in
            switch child.name {
            case "table-column": [child]
            case "table-header-columns", "table-columns", "table-column-group": columns(of: child)
            default: []
            }
        }
    }

    /// True for a row or column Calc does not show: hidden (`collapse`) or filtered out (`filter`).
    static func isHidden(_ element: XMLPartNode) -> Bool {
        ["collapse", "filter"].contains(element["visibility"] ?? "visible")
    }

    /// A count an attribute gives (repeated rows or cells, a span, `text:s`'s spaces): 1 when
    /// absent or not a number, and never past `limit`, however large a damaged or hostile file
    /// writes it.
    static func count(_ attribute: String?, limit: Int) -> Int {
        min(max(1, attribute.flatMap { Int($0) } ?? 1), limit)
    }
}
