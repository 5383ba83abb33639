/// Text typed in a legacy font and copied out as Unicode: Word puts on the clipboard the
/// characters of a `.VnTime` run's bytes ("Chñ tr×: ®ång chÝ NguyÔn V¨n Hïng"), which a clerk
/// pastes into a content file saved as UTF-8. Finds the lines whose words are Vietnamese read as
/// TCVN3 or VNI font text, and are not as they stand.
public enum LegacyFontText {
    /// A line of such text: its number (1-based), the font's encoding, and its Unicode reading.
    public struct Line: Sendable, Equatable {
        public var number: Int
        public var encoding: LegacyEncoding
        public var text: String
        public var unicode: String
    }

    /// The lines of `text` that read as Vietnamese only as font text, in order. A line holding a
    /// letter or a combining mark beyond U+00FF (ư, ạ, đ…, or a Mac's decomposed "ạ") was typed
    /// in Unicode, as no font text holds one; a line whose signs stand alone, apart from its
    /// letters, is symbols ("· · ·", "× × ×", "© 2025", "× 2 = 10 cm", read as "ã ã ã", "ì ì ì",
    /// "â 2025", "ì 2 = 10 cm"), never pasted text, whose words keep letters round their signs
    /// (`isSymbolsBesideWords`); of the others, only one unlike Unicode Vietnamese
    /// may be font text (`looksLikeFontText`: "Lê Hà", "Báo cáo" are Unicode, and read as
    /// syllables in TCVN3 too). A line with two syllables more as font text than as it stands
    /// shows the file holds pasted text, and then so is every such line no worse as font text
    /// ("DiÔn biÕn", whose words pass for syllables as they stand too). All in the encoding that
    /// reads them best.
    public static func lines(in text: String) -> [Line] {
        let candidates = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line -> Candidate? in
            // The scalar test first: it ends at a line's first ư, ạ or đ, where the other walks every
            // character of the line (this runs on every line of every content file).
            guard !LegacyEncoding.holdsUnicodeLetters(line), !isSymbolsBesideWords(line), looksLikeFontText(line) else { return nil }
            return Candidate(number: index + 1, text: String(line))
        }
        guard let encoding = [LegacyEncoding.tcvn3, .vni].max(by: { total($0, candidates) < total($1, candidates) }),
              candidates.contains(where: { $0.gain(encoding) >= 2 && $0.score(encoding) >= 2 }) else { return [] }
        return candidates.filter { $0.gain(encoding) >= 0 && $0.score(encoding) >= 1 }.map {
            Line(number: $0.number, encoding: encoding, text: $0.text, unicode: encoding.convert(fontText: $0.text))
        }
    }

    /// True when every word of `line` holding a character of U+0080 and above holds no letter:
    /// symbols standing alone ("· · ·", "© 2025", "Tel: 0912 · Fax: 0913", "× 2 = 10 cm"), as
    /// a font's text never is, whose words keep letters round its signs ("Chñ tr×", "®ång").
    private static func isSymbolsBesideWords(_ line: Substring) -> Bool {
        line.split(whereSeparator: \.isWhitespace).allSatisfy { word in
            !word.unicodeScalars.contains { $0.value >= 0x80 } || !word.contains(where: \.isLetter)
        }
    }

    /// The letters of U+0080 to U+00FF that Unicode Vietnamese is written with.
    private static let vietnameseLatin1: Set<Character> = Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")

    /// The Icelandic eth, typed or converted for Đ, đ ("Ð/c Lê Hà", "Ðinh Hà Lê"): at the start
    /// of a word it is that, where TCVN3's "é" seldom begins one.
    private static let ethForD: Set<Character> = ["Ð", "ð"]

    /// True when `line` holds a character of U+0080 to U+00FF that Unicode Vietnamese is not
    /// written with ("Chñ tr×", "®ång"; not a no-break space, nor an eth beginning a word, the
    /// wrong Đ), or a capital after a small letter in a word ("DiÔn", "NguyÔn"): as a font's
    /// bytes show, not as a clerk types in Unicode.
    private static func looksLikeFontText(_ line: Substring) -> Bool {
        var previous: Character = " "
        for character in line {
            defer { previous = character }
            guard let scalar = character.unicodeScalars.first, scalar.value >= 0x80 else { continue }
            if ethForD.contains(character), !previous.isLetter { continue }
            if scalar.value <= 0xFF, scalar.value != 0xA0, !vietnameseLatin1.contains(character) { return true }
            if character.isUppercase, previous.isLetter, previous.isLowercase { return true }
        }
        return false
    }

    /// A line that may be font text: no letter beyond U+00FF, some character of its upper half.
    private struct Candidate {
        var number: Int
        var text: String

        /// Syllables less other words and signs (`LegacyEncodingDetector.score`) read in `encoding`.
        func score(_ encoding: LegacyEncoding) -> Int {
            LegacyEncodingDetector.score(encoding.convert(fontText: text))
        }

        /// How much better the line reads in `encoding` than as it stands.
        func gain(_ encoding: LegacyEncoding) -> Int {
            score(encoding) - LegacyEncodingDetector.score(text)
        }
    }

    private static func total(_ encoding: LegacyEncoding, _ candidates: [Candidate]) -> Int {
        candidates.reduce(0) { $0 + $1.score(encoding) }
    }

    /// `text` with the lines `lines` found rewritten in Unicode.
    public static func converting(_ lines: [Line], in text: String) -> String {
        var all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines where all.indices.contains(line.number - 1) { all[line.number - 1] = line.unicode }
        return all.joined(separator: "\n")
    }
}
