import Foundation

/// A Markdown file split into its YAML front matter (between `---` lines) and its body.
public struct FrontMatter: Sendable {
    /// The YAML text between the fences.
    public var yaml: String
    /// The file line on which the YAML text starts (the line after the opening `---`).
    public var firstLine: Int
    public var body: String
    /// True when `body` is the end of the text as it is (split on bytes), not lines joined again.
    var bodyIsTextTail = false

    /// The file line on which the body starts (the line after the closing `---`).
    public var bodyLine: Int {
        firstLine + (yaml.isEmpty ? 0 : yaml.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }) + 1
    }

    /// Splits a file's text; nil when it does not open with a `---` line or never closes it.
    public init?(splitting text: String) {
        if let split = Self.splitOnBytes(text) {
            (yaml, body) = split
            firstLine = 2
            bodyIsTextTail = true
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
    /// The bytes are searched with `memchr`, a file's whole text being scanned for `\r`.
    private static func splitOnBytes(_ text: String) -> (yaml: String, body: String)? {
        var copy = text
        let offsets = copy.withUTF8 { bytes -> (yaml: Range<Int>, body: Int)? in
            guard let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) == nil else { return nil }
            let end = bytes.count
            /// Where the line starting at `start` ends: its `\n`, or the end of the text.
            func lineEnd(from start: Int) -> Int {
                guard start < end, let found = memchr(base + start, 0x0A, end - start) else { return end }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            let firstEnd = lineEnd(from: 0)
            guard firstEnd < end, isFence(bytes[0..<firstEnd]) else { return nil }
            let yamlStart = firstEnd + 1
            var lineStart = yamlStart
            while lineStart < end {
                let lineEnd = lineEnd(from: lineStart)
                if isFence(bytes[lineStart..<lineEnd]) {
                    let yamlEnd = lineStart == yamlStart ? yamlStart : lineStart - 1
                    return (yamlStart..<yamlEnd, lineEnd == end ? end : lineEnd + 1)
                }
                guard lineEnd < end else { break }
                lineStart = lineEnd + 1
            }
            return nil
        }
        guard let offsets else { return nil }
        // Cut at line ends, so the parts are copied as they are, without checking their UTF-8 again.
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        return (String(text[index(offsets.yaml.lowerBound)..<index(offsets.yaml.upperBound)]), String(text[index(offsets.body)...]))
    }

    /// True when the bytes are `---` with only white space around it, as `isFence(_: Substring?)`
    /// says of the line: spaces and tabs, looked at byte by byte, or any other white space a
    /// word processor leaves (a no-break space), for a line with three `-` and bytes beyond ASCII.
    private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        // Most lines are told at their first byte after the spaces and tabs.
        guard let first = line.first(where: { $0 != 0x20 && $0 != 0x09 }), first == 0x2D || first >= 0x80 else {
            return false
        }
        if line.contains(where: { $0 >= 0x80 }) {
            guard line.reduce(0, { $1 == 0x2D ? $0 + 1 : $0 }) == 3 else { return false }
            return isFence(String(decoding: UnsafeBufferPointer(rebasing: line), as: UTF8.self)[...])
        }
        var start = line.startIndex, end = line.endIndex
        while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        return end - start == 3 && line[start] == 0x2D && line[start + 1] == 0x2D && line[start + 2] == 0x2D
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
