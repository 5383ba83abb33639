/// A command line shown for the user to type or paste.
enum ShellLine {
    /// A command line as the user types it, each word that needs it in double quotes (which
    /// both a Windows prompt and a Unix shell read; a backslash is left as it is, for a Windows
    /// path, which a Unix shell keeps too inside double quotes).
    static func text(_ words: [String]) -> String {
        words.map { word in
            let plain = !word.isEmpty && !word.contains { " \t\"'$`\\&|;<>()*?!#~".contains($0) }
            guard !plain else { return word }
            let escaped = word.replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "$", with: "\\$").replacingOccurrences(of: "`", with: "\\`")
            return "\"" + escaped + "\""
        }.joined(separator: " ")
    }
}
