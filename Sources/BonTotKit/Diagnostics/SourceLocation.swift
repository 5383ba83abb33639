/// A place in the site's input: a path relative to the site folder and a 1-based line, or in a
/// workbook the cell (`Sheet1!D7`, its row as the line), or a command-line option or a place in the
/// output, which have no line.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var file: String
    /// The 1-based line; 0 for what has no lines (a command-line option, the output folder).
    public var line: Int
    /// The cell of a workbook (`Sheet1!D7`), named instead of the line.
    public var cell: String?

    public init(file: String, line: Int = 1, cell: String? = nil) {
        self.file = file
        self.line = line
        self.cell = cell
    }

    /// The same place at another line of the file, when that line is known (the line of a
    /// field a model keeps besides its own); itself when `line` is nil.
    public func atLine(_ line: Int?) -> SourceLocation {
        guard let line else { return self }
        return SourceLocation(file: file, line: line, cell: cell)
    }

    /// A command-line option (`--output`) as the place of a problem: it has no line, so it is
    /// printed alone (`--output: error: …`).
    public static func option(_ name: String) -> SourceLocation {
        SourceLocation(file: name, line: 0)
    }

    /// The output folder, or a folder or file in it, as the place of a problem (`output/ban-tin/`):
    /// what bontot writes has no line to look at either, so it is printed alone (`output: error: …`).
    public static func output(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 0)
    }

    /// `content/x.md:4`, `content/evaluations/2024.xlsx:Sheet1!D7` for a cell, `--output` for an
    /// option; a file that is not text (`BinaryFiles`) without a cell alone: an Office document (a
    /// problem of the whole workbook or sheet, of a Word minutes), `content/evaluations/2024.xlsx`,
    /// a photo or a PDF dropped among the stories, `content/stories/anh-1.jpg`. Excel, Word and a
    /// photo viewer show no lines, and `:1` sent the clerk to look for one.
    public var description: String {
        if let cell { return "\(file):\(cell)" }
        return line > 0 && !BinaryFiles.hasNoLines(file) ? "\(file):\(line)" : file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.cell ?? "") < (rhs.file, rhs.line, rhs.cell ?? "")
    }
}
