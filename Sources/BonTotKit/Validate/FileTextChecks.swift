/// The checks of a content file's text as a whole, before its fields are read: lines typed in a
/// legacy font and pasted as Unicode (`PastedFontTextCheck`), and, in a Markdown or YAML file
/// of plain letters, words that lost letters as '?' (`CodePageLostLetters.warning(plain:path:)`;
/// a score sheet's cells are told by `LostLettersCheck`).
enum FileTextChecks {
    /// Checks `file`, named from the top site with `siteFolder` before its path.
    static func check(_ file: SourceText, siteFolder: String, sink: DiagnosticSink) {
        PastedFontTextCheck.check(file, siteFolder: siteFolder, sink: sink)
        guard !file.path.lowercased().hasSuffix(".csv") else { return }
        if let lost = CodePageLostLetters.warning(plain: file.text, path: file.path) { sink.report(lost) }
    }
}
