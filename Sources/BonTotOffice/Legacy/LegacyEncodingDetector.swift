/// Tells which legacy encoding a file that is not UTF-8 was most likely written in: each
/// candidate decodes the bytes, and the one whose words with Vietnamese letters are most often
/// real Vietnamese syllables wins ("Tèt", TCVN3's "Tốt", is no syllable in Windows-1258: a
/// syllable ending in t takes no grave tone); on a tie (a file of a word or two, "Hùng"), the
/// encoding whose reading keeps the letters Windows shows: Windows-1258, then TCVN3, then VNI.
/// A word that lost letters as '?' (`LostLetters`) counts as the syllable it was in
/// Windows-1258, the code page Notepad's "ANSI" and Excel's "CSV (Comma delimited)" lose them
/// in ("Đ?c" a syllable, not "Đ"); a '?' typed before a word in a TCVN3 or VNI text ("Ai chủ
/// trì?Anh Minh") does not outweigh its syllables.
public enum LegacyEncodingDetector {
    /// The encodings in the order a tie is given: Windows-1258 first, as Excel saves a CSV and
    /// Notepad a text on a Vietnamese Windows ("Hùng", "Khá", "Lê Văn Tám" read "Hựng", "Khỏ",
    /// "Lờ Vón Tỏm" in TCVN3, and "Tốt", "số 21" read "Tơìt", "sơì 21" in VNI).
    static let likeliestFirst: [LegacyEncoding] = [.windows1258, .tcvn3, .vni]

    /// The likely encoding of `bytes`; nil when none of them gives Vietnamese words (a binary
    /// file, another language).
    public static func guess<Bytes: Collection>(_ bytes: Bytes) -> LegacyEncoding? where Bytes.Element == UInt8 {
        let sample = Array(bytes.prefix(200_000))
        var best: (encoding: LegacyEncoding, score: Int)?
        for encoding in likeliestFirst {
            let text = encoding.decode(sample)
            let score = score(encoding == .windows1258 ? LostLetters.restored(text) : text)
            if score > 0, score > best?.score ?? 0 { best = (encoding, score) }
        }
        return best?.encoding
    }

    /// Words holding a letter beyond ASCII that are syllables, less those that are not, less
    /// symbols beyond ASCII that no Vietnamese text holds (`§`, `¶`, replacement characters).
    static func score(_ text: String) -> Int {
        var score = 0
        var word = ""
        func endWord() {
            if word.unicodeScalars.contains(where: { !$0.isASCII }) {
                score += VietnameseSyllable.isValid(word) ? 1 : -1
            }
            word = ""
        }
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                endWord()
                if !character.isASCII && !character.isWhitespace && !"–—“”‘’…•".contains(character) { score -= 1 }
            }
        }
        endWord()
        return score
    }
}
