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
}
