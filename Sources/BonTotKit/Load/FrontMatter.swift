/// A Markdown file split into its YAML front matter (between `---` lines) and its body.
public struct FrontMatter: Sendable {
    /// The YAML text between the fences.
    public var yaml: String
    /// The file line on which the YAML text starts (the line after the opening `---`).
    public var firstLine: Int
    public var body: String

    /// Splits a file's text; nil when it does not open with a `---` line or never closes it.
    public init?(splitting text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        lines.removeFirst()
        guard let closing = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            return nil
        }
        yaml = lines[..<closing].joined(separator: "\n")
        body = lines[(closing + 1)...].joined(separator: "\n")
        firstLine = 2
    }
}
