/// Letters a Windows code page lacks, written as '?' when a text was saved in it: Excel's "CSV
/// (Comma delimited)" and Notepad's "ANSI" save so, and "Tặng Giấy khen của Huyện ủy" becomes
/// "T?ng Gi?y khen c?a Huy?n ?y" ("??ng" for "Đảng" on an English Windows, which lacks "Đ"
/// too). Told from a question typed in a note ("Q?A", "Hỏi?Đáp" typed "Hoi?Dap") by the word
/// around the '?': with each '?' read as a letter a code page lacks, a vowel with a tone or a
/// hook or "đ" starting it, it is one Vietnamese syllable.
public enum LostLetters {
    /// True when `word` (no whitespace) holds a '?' directly followed by a letter in a syllable
    /// so read, and is no web or mail address (`https://…/bai-viet?id=3`, `x.vn/tin?so=4`: a
    /// '/', '=' or '@').
    public static func inWord<Word: StringProtocol>(_ word: Word) -> Bool {
        syllable(in: word) != nil
    }

    /// The syllable of `word` that lost letters (`inWord`): "T?ng" in "ap-1;14;T?ng".
    static func syllable<Word: StringProtocol>(in word: Word) -> Word.SubSequence? {
        guard !isAddress(word) else { return nil }
        return word.split(whereSeparator: { !$0.isLetter && $0 != "?" }).first { run in
            zip(run, run.dropFirst()).contains { $0 == "?" && $1.isLetter } && !isTypedBeforeACapital(run)
                && !isTypedAfterADigit(run, in: word) && isSyllable(run)
        }
    }

    /// True when `run` of `word` starts with a '?' that follows a digit: a question's number or
    /// a label typed before a word ("câu 3?a"), as no letter a code page lost follows.
    private static func isTypedAfterADigit<Word: StringProtocol>(_ run: Word.SubSequence, in word: Word) -> Bool {
        run.first == "?" && run.startIndex > word.startIndex && word[word.index(before: run.startIndex)].isNumber
    }

    /// True when `word` is a web or mail address, whose '?' asks a page (a '/', '=' or '@').
    static func isAddress<Word: StringProtocol>(_ word: Word) -> Bool {
        word.contains { "/=@".contains($0) }
    }

    /// True when a '?' of `run` is followed by a capital and `run` holds a small letter: a
    /// question typed before a word ("?Anh"). A letter a code page lost is followed by small
    /// letters ("T?ng", "?y"), or, in a word in capitals, by capitals ("??NG", "?Y BAN").
    private static func isTypedBeforeACapital<Run: StringProtocol>(_ run: Run) -> Bool {
        zip(run, run.dropFirst()).contains { $0 == "?" && $1.isUppercase } && run.contains(where: \.isLowercase)
    }

    /// The first syllable of `text` that lost letters (`inWord`), the 1-based line holding it,
    /// and how many words of `text` lost letters; nil when none did, or when its words are no
    /// proof together (`Signs`: "?ai" alone was typed).
    public static func first(in text: String) -> (word: String, line: Int, count: Int)? {
        var first: (word: String, line: Int)?
        var count = 0
        var signs = Signs()
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            for word in line.split(whereSeparator: \.isWhitespace) {
                guard let syllable = signs.add(word) else { continue }
                count += 1
                if first == nil { first = (String(syllable), index + 1) }
            }
        }
        guard signs.areProof else { return nil }
        return first.map { ($0.word, $0.line, count) }
    }

    /// True when `run`, letters and '?', is one syllable with each '?' read as a lost letter,
    /// or, ending in '?', without it (a question: "c?a?").
    static func isSyllable<Run: StringProtocol>(_ run: Run) -> Bool {
        reading(of: run) != nil
    }

    /// The syllable `run` reads as (`isSyllable`), in small letters: "đạc" for "Đ?c"; a '?'
    /// ending it read as a letter or, when that makes none, kept as a question ("c?a?"); nil
    /// when it is none (`VietnameseSyllable`: "?aeo", "?ae" are none).
    static func reading<Run: StringProtocol>(of run: Run) -> String? {
        if let reading = VietnameseSyllable.reading(String(run), lost: "?") { return reading }
        guard run.last == "?" else { return nil }
        return reading(of: run.dropLast()).map { $0 + "?" }
    }

    /// `text` with each word that lost letters (`inWord`) read as the syllable it was ("Đ?c" as
    /// "đạc"), words parted by spaces: what the encoding guess scores for Windows-1258
    /// (`LegacyEncodingDetector`), where "Đ?c" read as it is holds "Đ", no word.
    static func restored(_ text: String) -> String {
        guard text.contains("?") else { return text }
        return text.split(whereSeparator: \.isWhitespace).map { word in
            guard let run = syllable(in: word), let reading = reading(of: run) else { return String(word) }
            return String(word[..<run.startIndex]) + reading + String(word[run.endIndex...])
        }.joined(separator: " ")
    }
}
