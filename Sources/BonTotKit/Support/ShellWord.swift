/// A path as a clerk pastes it into a terminal, in a command bontot suggests: as it is when the
/// shell reads it as one word (`content/minutes/2024/bien-ban.docx`, `../district/xa-a`), else in
/// double quotes (`"content/minutes/2024/Biên bản tháng 10.docx"`), as Word names its files; in
/// them, what the shell would still read (`"`, `\`, `$`, `` ` ``) is escaped.
enum ShellWord {
    /// `word`, quoted when the shell would not take it whole as one word.
    static func quoted(_ word: String) -> String {
        guard word.isEmpty || !word.allSatisfy(isPlain) else { return word }
        var quoted = "\""
        for character in word {
            if "\"\\$`".contains(character) { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    /// A character the shell reads as part of a word, anywhere in it.
    private static func isPlain(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "-_./+,@%=:".contains(character)
    }
}
