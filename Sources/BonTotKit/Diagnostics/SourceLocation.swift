/// A place in the site's input: a path relative to the site folder and a 1-based line, or in a
/// workbook the cell (`Sheet1!D7`, its row as the line).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var file: String
    public var line: Int
    /// The cell of a workbook (`Sheet1!D7`), named instead of the line.
    public var cell: String?

    public init(file: String, line: Int = 1, cell: String? = nil) {
        self.file = file
        self.line = line
        self.cell = cell
    }

    /// `content/x.md:4`, or `content/evaluations/2024.xlsx:Sheet1!D7` for a cell.
    public var description: String { "\(file):\(cell ?? String(line))" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.cell ?? "") < (rhs.file, rhs.line, rhs.cell ?? "")
    }
}
