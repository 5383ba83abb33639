import Foundation

/// The encodings Vietnamese text was typed in before Unicode, still met in offices: Windows-1258
/// (base letters followed by combining tone marks), TCVN3 ("ABC", the `.VnTime` fonts) and VNI
/// (the `VNI-Times` fonts). Converts their bytes, or text shown in their fonts, to Unicode.
public enum LegacyEncoding: String, CaseIterable, Sendable {
    case windows1258
    case tcvn3
    case vni

    /// How messages name it.
    public var displayName: String {
        switch self {
        case .windows1258: "Windows-1258"
        case .tcvn3: "TCVN3 (ABC)"
        case .vni: "VNI"
        }
    }

    /// The bytes of a file in this encoding as Unicode text (NFC).
    public func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        switch self {
        case .windows1258:
            for byte in bytes {
                scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : LegacyTables.windows1258[Int(byte) - 0x80] ?? "\u{FFFD}")
            }
        case .tcvn3:
            for byte in bytes { scalars.append(Self.tcvn3(byte)) }
        case .vni:
            Self.appendVNI(bytes.map { $0 }, to: &scalars)
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// Text typed in a font of this encoding (a .docx run in `.VnTime`), where each character
    /// stands for the byte of its code: the Unicode text it shows. `capitals` for the TCVN3 fonts
    /// whose name ends in `H`, which show capitals at every code.
    public func convert(fontText text: String, capitals: Bool = false) -> String {
        // Unicode typed in a legacy font (a cell of a workbook whose default font is `.VnTime`).
        guard !Self.holdsUnicodeLetters(text) else { return text }
        let bytes = text.unicodeScalars.map { $0.value <= 0xFF ? UInt8($0.value) : nil }
        // Characters outside the font's byte range (a symbol typed with Unicode) stay as they are.
        var result = ""
        var run: [UInt8] = []
        for (byte, scalar) in zip(bytes, text.unicodeScalars) {
            if let byte { run.append(byte); continue }
            result += decode(run)
            run = []
            result.unicodeScalars.append(scalar)
        }
        result += decode(run)
        return capitals ? result.uppercased() : result
    }

    /// True when `text` holds a letter or a combining mark beyond U+00FF (ư, ạ, đ…, or a Mac's
    /// decomposed "ạ"): text typed in Unicode, which no text in a legacy font holds, its letters
    /// being the bytes 0x20 to 0xFF.
    public static func holdsUnicodeLetters<Text: StringProtocol>(_ text: Text) -> Bool {
        text.unicodeScalars.contains { $0.value > 0xFF && ($0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark) }
    }

    /// Of text in a VNI font, the mark it begins with, as the combining marks it adds to the
    /// vowel before it, and the text after the mark: Word splits a letter's base and its mark
    /// into two runs where a spell-check mark, an edit or a bold letter falls between them.
    /// No marks for text that begins with a letter, or in another encoding.
    public func leadingMarks(fontText text: String) -> (marks: String, rest: Substring) {
        guard self == .vni, let first = text.unicodeScalars.first, first.value <= 0xFF,
              let marks = LegacyTables.vniMarks[UInt8(first.value)] else { return ("", Substring(text)) }
        return (String(String.UnicodeScalarView(marks)), Substring(text.unicodeScalars.dropFirst()))
    }

    private static func tcvn3(_ byte: UInt8) -> Unicode.Scalar {
        if byte < 0xA1 { return windowsPunctuation(byte) }
        return LegacyTables.tcvn3[Int(byte) - 0xA1] ?? Unicode.Scalar(byte)
    }

    /// A byte below TCVN3's and VNI's letters: ASCII, or from 0x80 to 0x9F the punctuation a
    /// Windows program writes there in a text file (Word's “ ” – … saved as text), as in
    /// Windows-1258; a byte no Windows code page uses stays itself.
    private static func windowsPunctuation(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return LegacyTables.windows1258[Int(byte) - 0x80] ?? Unicode.Scalar(byte)
    }

    /// VNI: a mark byte after a vowel adds its marks to that vowel; a letter byte is a letter.
    private static func appendVNI(_ bytes: [UInt8], to scalars: inout String.UnicodeScalarView) {
        var afterVowel = false
        for byte in bytes {
            if afterVowel, let marks = LegacyTables.vniMarks[byte] {
                scalars.append(contentsOf: marks)
                continue
            }
            let scalar = LegacyTables.vniLetters[byte] ?? windowsPunctuation(byte)
            scalars.append(scalar)
            afterVowel = VietnameseSyllable.isVowel(scalar)
        }
    }

    /// The encoding a font shows its text in, from the font's name: `.VnTime`, `.VnArialH` (TCVN3,
    /// capitals when the name ends in `H`), `VNI-Times` (VNI); nil for a Unicode font.
    public static func of(font name: String) -> (encoding: LegacyEncoding, capitals: Bool)? {
        let lower = name.lowercased()
        if lower.hasPrefix(".vn") {
            return (.tcvn3, name.hasSuffix("H"))
        }
        if lower.hasPrefix("vni-") || lower.hasPrefix("vni ") { return (.vni, false) }
        return nil
    }
}
