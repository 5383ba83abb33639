/// Where YAML finds "did not find expected key", a line indented otherwise than the line of the
/// same mapping above it: the message shows both lines' indentation, so the office sees which two
/// lines differ rather than looking for a fault of indentation over the whole file.
enum YAMLIndentation {
    /// The advice for line `line` (1-based) of `lines` when the content line above it, which opens
    /// no block, is indented otherwise; nil when the two agree or the line above opens a block.
    /// `offset` is the number of the file's lines before the YAML text.
    static func uneven(at line: Int, in lines: [Substring], offset: Int) -> (vi: String, en: String)? {
        guard lines.indices.contains(line - 1) else { return nil }
        let own = indentation(lines[line - 1])
        guard let above = (0..<(line - 1)).last(where: { isContent(lines[$0]) }) else { return nil }
        let aboveIndent = indentation(lines[above])
        let content = lines[above].split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard aboveIndent != own, !content.trimmingCharacters(in: .whitespaces).hasSuffix(":") else { return nil }
        let aboveLine = above + 1 + offset
        return ("thụt lề không đều: dòng này thụt \(own) dấu cách, dòng \(aboveLine) ở trên thụt \(aboveIndent); các trường cùng "
                    + "cấp phải thụt lề bằng nhau",
                "this line is indented \(own) spaces, line \(aboveLine) above it \(aboveIndent)")
    }

    /// The spaces before a line's text.
    private static func indentation(_ line: Substring) -> Int {
        line.prefix { $0 == " " }.count
    }

    /// A line holding more than spaces and a comment.
    private static func isContent(_ line: Substring) -> Bool {
        let text = line.drop { $0 == " " || $0 == "\r" }
        return !text.isEmpty && !text.hasPrefix("#")
    }
}
