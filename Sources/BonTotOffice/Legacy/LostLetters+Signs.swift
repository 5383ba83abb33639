extension LostLetters {
    /// What the words of one file tell together of letters lost as '?'. A '?' after a letter
    /// or another '?' ("T?ng", "Th?n", "??ng") is proof by itself. A '?' only before a word's
    /// letters ("?a", "?y") reads as a lost letter too ("đa", "ủy"), but so does a question
    /// typed before a word ("?ai", who?): it is proof beside another such word ("?y" and "?p"),
    /// or beside a '?' ending letters that are no syllable without it ("s?" of "?a s?", "đa
    /// số"), with which no question ends ("Co?" and "Dat?" are syllables).
    public struct Signs {
        private var afterLetter = false
        private var beforeWords: Set<String> = []
        private var endingLetters = false

        public init() {}

        /// Adds `word` (no whitespace) to what is told: its syllable that lost letters
        /// (`LostLetters.inWord`), nil when none did.
        public mutating func add<Word: StringProtocol>(_ word: Word) -> Word.SubSequence? {
            guard let run = LostLetters.syllable(in: word) else {
                if !endingLetters, word.contains("?") { endingLetters = Self.endsWithLostLetter(word) }
                return nil
            }
            if run.first == "?", !run.dropFirst().contains("?") {
                beforeWords.insert(run.lowercased())
            } else {
                afterLetter = true
            }
            return run
        }

        /// Whether the words added prove that letters were lost.
        public var areProof: Bool {
            afterLetter || !beforeWords.isEmpty && (beforeWords.count > 1 || endingLetters)
        }

        /// Whether a run of letters of `word` ends with its only '?', and reads as a syllable
        /// with it a lost vowel but as none without it ("s?", "b?"); no address (`isAddress`).
        private static func endsWithLostLetter<Word: StringProtocol>(_ word: Word) -> Bool {
            guard !LostLetters.isAddress(word) else { return false }
            return word.split(whereSeparator: { !$0.isLetter && $0 != "?" }).contains { run in
                run.last == "?" && run.count > 1 && !run.dropLast().contains("?")
                    && !VietnameseSyllable.isValid(String(run.dropLast()))
                    && VietnameseSyllable.reading(String(run), lost: "?") != nil
            }
        }
    }
}
