extension [WordRun] {
    /// Text in a legacy font that is to follow these runs, its leading VNI mark moved onto the
    /// vowel the last run ends with: Word and Writer end a run between a letter's base and its
    /// mark where a spell-check mark, an edit or a bold mark falls. The text left to convert
    /// (empty for a run of a mark alone); `fontText` as it is when it begins with no mark or
    /// follows no vowel.
    mutating func joiningLeadingMark(of fontText: String, in encoding: LegacyEncoding) -> String {
        let (marks, rest) = encoding.leadingMarks(fontText: fontText)
        guard !marks.isEmpty, let last = indices.last, self[last].note == nil,
              self[last].text.unicodeScalars.last.map(VietnameseSyllable.isVowel) == true else { return fontText }
        self[last].text = (self[last].text + marks).precomposedStringWithCanonicalMapping
        return String(rest)
    }
}
