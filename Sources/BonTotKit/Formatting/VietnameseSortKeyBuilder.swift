/// Turns decomposed scalars into the weights of a `VietnameseSortKey`.
struct VietnameseSortKeyBuilder {
    private enum Weight {
        static let space: UInt32 = 1
        /// A word's tone, after its letters: above a space, below any punctuation or letter.
        static let tone: UInt32 = 2
        static let highestTone: UInt16 = 0xF0
        static let punctuation: UInt32 = 0x100
        static let number: UInt32 = 0x20_0000
        static let latinLetter: UInt32 = 0x30_0000
        static let otherLetter: UInt32 = 0x40_0000
        static let otherMark: UInt16 = 0x10
    }

    private(set) var primary: [UInt32] = []
    private(set) var secondary: [UInt16] = []
    private(set) var tertiary: [UInt8] = []
    /// The lower-case ASCII base of the letter marks may still modify, and whether a hat was applied.
    private var openLetter: (base: Unicode.Scalar, modified: Bool)?
    private var digits: [UInt32] = []
    private var afterSpace = false
    /// Where the tones of the word being read begin in `secondary`.
    private var wordStart = 0

    mutating func add(_ scalar: Unicode.Scalar) {
        if LatinDecomposition.isCombiningMark(scalar) {
            applyMark(scalar)
            return
        }
        if let digit = asciiDigit(scalar) {
            closeWord()
            digits.append(digit)
            openLetter = nil
            return
        }
        flushNumber()
        if FoldTable.isWhitespace(scalar) {
            closeWord()
            if !afterSpace { primary.append(Weight.space) }
            afterSpace = true
            openLetter = nil
            return
        }
        afterSpace = false
        addLetterOrSymbol(scalar)
    }

    mutating func finish() {
        closeWord()
        flushNumber()
    }

    /// Puts the tone of the word just read after its letters, so that words compare one after
    /// the other as in a dictionary, each by its letters and then its tone: "Ba Vì" < "Bà Rịa".
    /// The tone is the word's, wherever it stands ("Hoà" with "Hòa"); a word without one gets
    /// the weight of none, which comes before every tone.
    private mutating func closeWord() {
        guard secondary.count > wordStart else { return }
        let tones = secondary[wordStart...].filter { $0 != 0 }
        if tones.isEmpty { primary.append(Weight.tone) }
        for tone in tones { primary.append(Weight.tone + UInt32(min(tone, Weight.highestTone))) }
        wordStart = secondary.count
    }

    private mutating func addLetterOrSymbol(_ scalar: Unicode.Scalar) {
        let stroked = LatinDecomposition.baseOfStroke(scalar)
        let base = stroked ?? scalar
        if let lower = Self.asciiLowerLetter(base) {
            primary.append(Weight.latinLetter + (lower.value - 0x61) * 4 + (stroked == nil ? 0 : 1))
            secondary.append(0)
            tertiary.append(lower == base ? 0 : 1)
            openLetter = (lower, stroked != nil)
        } else if !scalar.isASCII, scalar.properties.isAlphabetic {
            let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
            primary.append(Weight.otherLetter + lower.value)
            secondary.append(0)
            tertiary.append(scalar.properties.isUppercase ? 1 : 0)
            openLetter = ("\u{0}", true)
        } else {
            closeWord()
            primary.append(Weight.punctuation + scalar.value)
            openLetter = nil
        }
    }

    /// A hat (ă â ê ô ơ ư) moves the letter in the alphabet; a tone or any other mark weighs second.
    private mutating func applyMark(_ mark: Unicode.Scalar) {
        guard let letter = openLetter, !primary.isEmpty, !secondary.isEmpty else { return }
        if !letter.modified, let step = Self.hatStep(base: letter.base, mark: mark) {
            primary[primary.count - 1] += step
            openLetter = (letter.base, true)
        } else if secondary[secondary.count - 1] == 0 {
            secondary[secondary.count - 1] = Self.toneWeight(mark)
        }
    }

    private mutating func flushNumber() {
        guard !digits.isEmpty else { return }
        let significant = digits.drop { $0 == 0 }
        primary.append(Weight.number + UInt32(significant.count))
        primary.append(contentsOf: significant.map { Weight.number + $0 })
        digits.removeAll(keepingCapacity: true)
    }

    /// `a`…`z` for an ASCII letter of either case, nil for anything else.
    private static func asciiLowerLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x61...0x7A: return scalar
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 0x20)
        default: return nil
        }
    }

    private func asciiDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        (0x30...0x39).contains(scalar.value) ? scalar.value - 0x30 : nil
    }

    /// The alphabet step of a Vietnamese hat: a < ă < â, e < ê, o < ô < ơ, u < ư.
    private static func hatStep(base: Unicode.Scalar, mark: Unicode.Scalar) -> UInt32? {
        switch (base, mark) {
        case ("a", "\u{0306}"): return 1
        case ("a", "\u{0302}"), ("e", "\u{0302}"), ("o", "\u{0302}"): return 2
        case ("o", "\u{031B}"), ("u", "\u{031B}"): return 3
        default: return nil
        }
    }

    /// huyền 1, hỏi 2, ngã 3, sắc 4, nặng 5; marks foreign to Vietnamese after them.
    private static func toneWeight(_ mark: Unicode.Scalar) -> UInt16 {
        switch mark {
        case "\u{0300}": return 1
        case "\u{0309}": return 2
        case "\u{0303}": return 3
        case "\u{0301}": return 4
        case "\u{0323}": return 5
        default: return Weight.otherMark + UInt16(truncatingIfNeeded: mark.value & 0xFFF)
        }
    }
}
