/// The code spans of a paragraph's text (`` `a⇥b` ``, ``` ``a ` b`` ```), found as CommonMark
/// finds them: a run of backticks not escaped by `\` opens one, the next run of as many closes
/// it, and an opening run with none to close it is plain text.
enum InlineCodeSpans {
    /// `lines`, the lines of one paragraph as written, with every character inside a code span
    /// (not its backticks, not a line end) made a space: what a check of the text as typed reads
    /// when code, kept as written, is none of its business.
    static func blanked(_ lines: [Substring]) -> [Substring] {
        guard lines.contains(where: { $0.contains("`") }) else { return lines }
        var scalars = Array(lines.joined(separator: "\n").unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\" {
                index += 2
                continue
            }
            guard scalars[index] == "`" else {
                index += 1
                continue
            }
            let length = backticks(in: scalars, at: index), inside = index + length
            guard let close = closing(length, in: scalars, from: inside) else {
                index = inside
                continue
            }
            for position in inside..<close where scalars[position] != "\n" { scalars[position] = " " }
            index = close + length
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text).split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The number of backticks in a row at `start` of `scalars`.
    private static func backticks(in scalars: [Unicode.Scalar], at start: Int) -> Int {
        var end = start
        while end < scalars.count, scalars[end] == "`" { end += 1 }
        return end - start
    }

    /// Where a run of exactly `length` backticks starts in `scalars` from `start`; nil when none.
    private static func closing(_ length: Int, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < scalars.count {
            guard scalars[index] == "`" else {
                index += 1
                continue
            }
            let run = backticks(in: scalars, at: index)
            if run == length { return index }
            index += run
        }
        return nil
    }
}
