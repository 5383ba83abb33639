/// A line meant as a front matter's fence that is not `---`: Word turns `---` into a dash
/// ("—", "–") as it is typed, a clerk types four, or spaces them ("- - -"), or leaves blank lines
/// above the opening one.
/// Without it the file reads as having no front matter, or one never closed; the line found
/// lets the error point at it and say what to write.
enum FenceLookalike {
    /// The dashes a fence may be mistyped with.
    private static let dashes: Set<Character> = ["-", "—", "–", "‒", "―", "─", "−"]

    /// The first line after the opening one (1-based, with its text) that is made of dashes and
    /// is not `---`: what was meant as the closing fence.
    static func closing(in text: String) -> (line: Int, text: String)? {
        let lines = Self.lines(text)
        for index in lines.indices.dropFirst() where isLookalike(lines[index]) {
            return (index + 1, lines[index].trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// The opening fence mistyped on the first line, or `---` below blank lines.
    static func opening(in text: String) -> (line: Int, text: String)? {
        let lines = Self.lines(text)
        guard let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
        let trimmed = lines[first].trimmingCharacters(in: .whitespaces)
        guard isLookalike(lines[first]) || (first > 0 && trimmed == "---") else { return nil }
        return (first + 1, trimmed)
    }

    /// What to write instead, for the message: "dòng 9 là '—', …".
    static func advice(_ found: (line: Int, text: String), opening: Bool) -> String {
        if found.text == "---" {
            return "; dòng \(found.line) là '---' nhưng phía trên có dòng trống: xoá các dòng trống ở đầu tệp "
                + "/ line \(found.line) is '---' below blank lines: remove them"
        }
        let word = found.text.contains { $0 != "-" && $0 != " " } ? " (Word tự đổi '---' thành dấu gạch dài)"
            : found.text.contains(" ") ? " (có dấu cách giữa các dấu gạch)" : ""
        return "; dòng \(found.line) là '\(found.text)'\(word): dòng \(opening ? "mở" : "đóng") phải là đúng ba dấu gạch ngang '---' "
            + "/ line \(found.line) reads '\(found.text)': the fence is three hyphens '---'"
    }

    private static func isLookalike(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let marks = trimmed.filter { $0 != " " }
        return !marks.isEmpty && trimmed != "---" && marks.allSatisfy(dashes.contains)
            && (marks.count >= 3 || marks.contains { $0 != "-" })
    }

    private static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }
}
