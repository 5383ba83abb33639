import Foundation

/// A Markdown file split into its YAML front matter (between `---` lines) and its body.
public struct FrontMatter: Sendable {
    /// The YAML text between the fences.
    public var yaml: String
    /// The file line on which the YAML text starts (the line after the opening `---`).
    public var firstLine: Int
    public var body: String

    /// Splits a file's text; nil when it does not open with a `---` line or never closes it.
    public init?(splitting text: String) {
        let lines = Self.lines(of: text)
        guard Self.isFence(lines.first) else { return nil }
        guard let closing = lines.indices.dropFirst().first(where: { Self.isFence(lines[$0]) }) else { return nil }
        yaml = lines[1..<closing].joined(separator: "\n")
        body = lines[(closing + 1)...].joined(separator: "\n")
        firstLine = 2
    }

    /// True when the text opens with a `---` line, whether or not a closing one follows.
    public static func opens(_ text: String) -> Bool {
        isFence(text.prefix { $0 != "\n" && $0 != "\r\n" }.trimmingCharacters(in: .whitespaces)[...])
    }

    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    private static func isFence(_ line: Substring?) -> Bool {
        guard let line else { return false }
        return line.trimmingCharacters(in: .whitespaces) == "---"
    }
}
