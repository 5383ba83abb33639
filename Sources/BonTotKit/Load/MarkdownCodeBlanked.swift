/// A Markdown file's text with its code blanked: the lines of a fenced block (```` ``` ```` or
/// `~~~`, up to three spaces before it) and the text between backticks on a line, each replaced
/// by spaces, its line count kept. What a code example holds is no prose: "c?a:b" there is a
/// choice written in code, not "của" that lost a letter (`CodePageLostLetters.warning(plain:path:)`).
enum MarkdownCodeBlanked {
    /// `text` with its code blanked.
    static func text(_ text: String) -> String {
        guard text.contains("`") || text.contains("~~~") else { return text }
        var fence: Substring?
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line -> String in
            let opening = Self.fence(line)
            if let open = fence {
                if let opening, opening.first == open.first, opening.count >= open.count { fence = nil }
                return ""
            }
            if let opening {
                fence = opening
                return ""
            }
            return spansBlanked(line)
        }.joined(separator: "\n")
    }

    /// The run of three or more backticks or tildes opening `line` after up to three spaces.
    private static func fence(_ line: Substring) -> Substring? {
        let body = line.drop { $0 == " " }
        guard line.count - body.count <= 3, let mark = body.first, mark == "`" || mark == "~" else { return nil }
        let run = body.prefix { $0 == mark }
        return run.count >= 3 ? run : nil
    }

    /// `line` with each code span (a run of backticks, what follows, and the next run as long)
    /// replaced by a space; a run that none closes is kept.
    private static func spansBlanked(_ line: Substring) -> String {
        guard line.contains("`") else { return String(line) }
        var kept = "", rest = line
        while let open = rest.firstIndex(of: "`") {
            let run = rest[open...].prefix { $0 == "`" }
            var search = run.endIndex, close: Substring.Index?
            while let next = rest[search...].firstIndex(of: "`") {
                let other = rest[next...].prefix { $0 == "`" }
                if other.count == run.count {
                    close = other.endIndex
                    break
                }
                search = other.endIndex
            }
            guard let close else { break }
            kept += rest[..<open] + " "
            rest = rest[close...]
        }
        return kept + rest
    }
}
