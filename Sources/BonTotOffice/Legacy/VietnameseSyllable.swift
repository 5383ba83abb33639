/// Whether a word is a possible Vietnamese syllable, as the language builds one: an initial
/// consonant, then a rhyme Vietnamese has (a glide "o" or "u", a nucleus, a final: "oan",
/// "ương", "uyên"; `VietnameseRhymes`), at most one tone, and on a final that stops (c, ch, p,
/// t) only the tones sắc and nặng. Used to tell which legacy encoding turns bytes into words,
/// and which words lost letters as '?' (`LostLetters`): a run of vowels Vietnamese never writes
/// ("aeo") is no syllable.
enum VietnameseSyllable {
    private static let initials = ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
                                   "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]
    private static let tones: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        guard let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first else { return false }
        return "aeiouyAEIOUY".unicodeScalars.contains(base)
    }

    /// The finals a syllable stops on, which take only the tones sắc and nặng ("tốt", "việc"; no
    /// "tèt", "tôt").
    private static let stops: Set<String> = ["c", "ch", "p", "t"]
    private static let stopTones: Set<UInt32> = [0x301, 0x323]

    /// The letters a code page may lose as '?' inside a word: the vowels, with or without a tone.
    private static let vowels: [Character] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]

    /// True when `word` (letters only) could be one Vietnamese syllable.
    static func isValid(_ word: String) -> Bool {
        reading(word, lost: nil) != nil
    }

    /// The syllable `word` reads as with each `lost` character (a '?') a letter a code page lost:
    /// a vowel, or "đ" starting the word; the lost letters' tone, when the word shows none and
    /// its final stops, read as nặng ("Đ?c" reads "đạc"). In small letters; nil when no reading
    /// is a syllable. Without `lost`, the word itself when it is one.
    static func reading(_ word: String, lost: Character?) -> String? {
        let decomposed = word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        let wordTones = decomposed.filter { tones.contains($0.value) }
        guard wordTones.count <= 1 else { return nil }
        let toneless = String(String.UnicodeScalarView(decomposed.filter { !tones.contains($0.value) }))
        let letters = Array(toneless.precomposedStringWithCanonicalMapping)
        let hasLost = lost.map(letters.contains) ?? false
        for (initial, rest) in splits(letters, lost: lost) {
            for rhyme in candidates(rest, after: initial, lost: lost) {
                let final = String(rhyme.drop { vowels.contains($0) })
                let tone: UInt32?
                if let shown = wordTones.first?.value {
                    guard !stops.contains(final) || stopTones.contains(shown) else { continue }
                    tone = shown
                } else if stops.contains(final) {
                    guard hasLost else { continue }
                    tone = 0x323
                } else {
                    tone = nil
                }
                return spelled(initial + rhyme, tone: tone)
            }
        }
        return nil
    }

    /// The ways `letters` part into an initial consonant (maybe none) and a rhyme: each initial
    /// they start with, "gi" also read as "g" before "i" ("gì", "gìn"), and a lost letter
    /// starting them read as "đ".
    private static func splits(_ letters: [Character], lost: Character?) -> [(String, ArraySlice<Character>)] {
        var found: [(String, ArraySlice<Character>)] = [("", letters[...])]
        for initial in initials where letters.count > initial.count && letters.starts(with: initial) {
            found.append((initial, letters.dropFirst(initial.count)))
        }
        if let lost, letters.first == lost, letters.count > 1 { found.append(("đ", letters.dropFirst())) }
        return found
    }

    /// The rhymes after `initial` that `letters` may spell: themselves, or with letters `lost`
    /// those they match.
    private static func candidates(_ letters: ArraySlice<Character>, after initial: String, lost: Character?) -> [String] {
        let rhymes = VietnameseRhymes.after(initial)
        guard let lost, letters.contains(lost) else {
            let written = String(letters)
            return rhymes.all.contains(written) ? [written] : []
        }
        return (rhymes.byLength[letters.count] ?? []).filter { matches(letters, $0, lost: lost) }
    }

    /// Whether `letters` spell `rhyme`, each `lost` character standing for one of its vowels.
    private static func matches(_ letters: ArraySlice<Character>, _ rhyme: String, lost: Character?) -> Bool {
        letters.count == rhyme.count && zip(letters, rhyme).allSatisfy { letter, wanted in
            letter == wanted || letter == lost && vowels.contains(wanted)
        }
    }

    /// `letters` with `tone` (a combining mark) after their first vowel, composed.
    private static func spelled(_ letters: String, tone: UInt32?) -> String {
        guard let tone, let mark = Unicode.Scalar(tone) else { return letters }
        var scalars = String.UnicodeScalarView(), marked = false
        for letter in letters {
            scalars.append(contentsOf: letter.unicodeScalars)
            if !marked, vowels.contains(letter) {
                scalars.append(mark)
                marked = true
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}
