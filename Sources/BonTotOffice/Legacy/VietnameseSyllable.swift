/// Whether a word is a possible Vietnamese syllable: an initial consonant, a vowel nucleus, a
/// final consonant, at most one tone. Used to tell which legacy encoding turns bytes into words.
enum VietnameseSyllable {
    private static let initials = ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
                                   "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]
    private static let finals = ["ch", "ng", "nh", "c", "m", "n", "p", "t", "i", "o", "u", "y"]
    private static let vowels: Set<Character> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    private static let tones: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        guard let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first else { return false }
        return "aeiouyAEIOUY".unicodeScalars.contains(base)
    }

    /// The finals a syllable stops on, which take only the tones sắc and nặng ("tốt", "việc"; no
    /// "tèt", "tôt").
    private static let stops: Set<String> = ["c", "ch", "p", "t"]
    private static let stopTones: Set<UInt32> = [0x301, 0x323]

    /// True when `word` (letters only) could be one Vietnamese syllable.
    static func isValid(_ word: String) -> Bool {
        let decomposed = word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        let wordTones = decomposed.filter({ tones.contains($0.value) })
        guard wordTones.count <= 1 else { return false }
        var toneless = String.UnicodeScalarView()
        for scalar in decomposed where !tones.contains(scalar.value) { toneless.append(scalar) }
        var rest = Substring(String(toneless).precomposedStringWithCanonicalMapping)
        if let initial = initials.first(where: { rest.hasPrefix($0) && rest.count > $0.count }) {
            rest = rest.dropFirst(initial.count)
        }
        var nucleus = 0
        while let first = rest.first, vowels.contains(first), nucleus < 3 {
            rest = rest.dropFirst()
            nucleus += 1
        }
        if nucleus == 0 && !(word.lowercased().hasPrefix("gi")) { return false }
        if stops.contains(String(rest)) { return wordTones.first.map { stopTones.contains($0.value) } ?? false }
        return rest.isEmpty || finals.contains(String(rest))
    }
}
