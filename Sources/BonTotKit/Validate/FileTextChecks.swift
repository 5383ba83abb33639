/// The checks of a content file's text as a whole, before its fields are read: lines typed in a
/// legacy font and pasted as Unicode (`PastedFontTextCheck`), and, in a Markdown or YAML file
/// of plain letters, words that lost letters as '?' (`CodePageLostLetters.warning(plain:path:)`,
/// a Markdown file's code left out, `MarkdownCodeBlanked`; a score sheet's cells are told by
/// `LostLettersCheck`).
enum FileTextChecks {
    /// Checks `file`, named from the top site with `siteFolder` before its path.
    static func check(_ file: SourceText, siteFolder: String, sink: DiagnosticSink) {
        PastedFontTextCheck.check(file, siteFolder: siteFolder, sink: sink)
        let path = file.path.lowercased()
        guard !path.hasSuffix(".csv") else { return }
        // Checked only when a '?' may have been a letter (ASCII, a '?'), its code then blanked.
        guard CodePageLostLetters.warning(plain: file.text, path: file.path) != nil else { return }
        let prose = path.hasSuffix(".md") ? MarkdownCodeBlanked.text(file.text) : file.text
        if let lost = CodePageLostLetters.warning(plain: prose, path: file.path) { sink.report(lost) }
    }
}
