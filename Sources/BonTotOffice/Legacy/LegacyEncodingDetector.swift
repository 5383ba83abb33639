/// Tells which legacy encoding a file that is not UTF-8 was most likely written in: each
/// candidate decodes the bytes, and the one whose words with Vietnamese letters are most often
/// real Vietnamese syllables wins; on a tie (a file of a few words, "Tèt" both TCVN3's "Tốt"
/// and a Windows-1258 syllable), the encoding offices type in most: TCVN3, then VNI.
public enum LegacyEncodingDetector {
    /// The encodings in the order a tie is given: TCVN3 (the ABC keyboard, still in most
    /// commune offices), VNI, then Windows-1258, which few typed in.
    static let likeliestFirst: [LegacyEncoding] = [.tcvn3, .vni, .windows1258]

    /// The likely encoding of `bytes`; nil when none of them gives Vietnamese words (a binary
    /// file, another language).
    public static func guess<Bytes: Collection>(_ bytes: Bytes) -> LegacyEncoding? where Bytes.Element == UInt8 {
        let sample = Array(bytes.prefix(200_000))
        var best: (encoding: LegacyEncoding, score: Int)?
        for encoding in likeliestFirst {
            let score = score(encoding.decode(sample))
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
