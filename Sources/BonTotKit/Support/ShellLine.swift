/// A command line shown for the user to type or paste: by the command line's own answers, and in
/// the commands messages suggest (`bontot import minutes "…/Biên bản tháng 12.docx" --branch …`).
public enum ShellLine {
    /// A command line as the user types it, each word that needs it in double quotes (which
    /// both a Windows prompt and a Unix shell read; a backslash is left as it is, for a Windows
    /// path, which a Unix shell keeps too inside double quotes).
    public static func text(_ words: [String]) -> String {
        words.map(word).joined(separator: " ")
    }

    /// One word of a command line, in double quotes when it needs them: a file named as Word
    /// names it (`"content/minutes/2024/Biên bản tháng 12 (bản cuối).docx"`), a folder with spaces.
    public static func word(_ word: String) -> String {
        let plain = !word.isEmpty && !word.contains { " \t\"'$`\\&|;<>()*?!#~".contains($0) }
        guard !plain else { return word }
        let escaped = word.replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "$", with: "\\$").replacingOccurrences(of: "`", with: "\\`")
        return "\"" + escaped + "\""
    }
}
