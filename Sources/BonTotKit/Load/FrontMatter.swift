import Foundation

/// A Markdown file split into its YAML front matter (between `---` lines) and its body.
public struct FrontMatter: Sendable {
    /// The YAML text between the fences.
    public var yaml: String
    /// The file line on which the YAML text starts (the line after the opening `---`).
    public var firstLine: Int
    public var body: String

    /// The file line on which the body starts (the line after the closing `---`).
    public var bodyLine: Int {
        firstLine + (yaml.isEmpty ? 0 : yaml.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }) + 1
    }

    /// Splits a file's text; nil when it does not open with a `---` line or never closes it.
    public init?(splitting text: String) {
        if let split = Self.splitOnBytes(text) {
            (yaml, body) = split
            firstLine = 2
            return
        }
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

    /// The common case, a file without carriage returns, split on its UTF-8 bytes without
    /// breaking it into lines: nil when the text has a `\r` (handled line by line) or no fences.
    private static func splitOnBytes(_ text: String) -> (yaml: String, body: String)? {
        let bytes = text.utf8
        guard !bytes.contains(0x0D), let firstEnd = bytes.firstIndex(of: 0x0A),
              isFence(bytes[bytes.startIndex..<firstEnd]) else { return nil }
        let yamlStart = bytes.index(after: firstEnd)
        var lineStart = yamlStart
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            if isFence(bytes[lineStart..<lineEnd]) {
                let yamlEnd = lineStart == yamlStart ? yamlStart : bytes.index(before: lineStart)
                let bodyStart = lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd)
                return (String(text[yamlStart..<yamlEnd]), String(text[bodyStart...]))
            }
            guard lineEnd < bytes.endIndex else { break }
            lineStart = bytes.index(after: lineEnd)
        }
        return nil
    }

    /// True when the bytes are `---` with only spaces and tabs around it.
    private static func isFence(_ line: Substring.UTF8View) -> Bool {
        let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }
        return trimmed.count == 3 && trimmed.allSatisfy { $0 == 0x2D }
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
