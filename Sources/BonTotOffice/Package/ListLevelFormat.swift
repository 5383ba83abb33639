import Foundation

/// How one level of a numbered list shows its numbers: in figures, Roman numerals or letters,
/// from which number, inside which text ("%1." → "2.", "%1)" → "a)", "%1.%2." → "1.2.").
struct ListLevelFormat: Equatable {
    /// The kind of number a level shows.
    enum Style: Equatable {
        case decimal, upperRoman, lowerRoman, upperLetter, lowerLetter, bullet, other
    }

    var style: Style
    var start = 1
    /// Word's `w:lvlText`: `%n` stands for the number of level n (1 for the outermost).
    var pattern: String

    /// The style Word's `w:numFmt` names.
    static func style(word format: String?) -> Style {
        switch format {
        case "decimal", "decimalZero", nil: .decimal
        case "upperRoman": .upperRoman
        case "lowerRoman": .lowerRoman
        case "upperLetter": .upperLetter
        case "lowerLetter": .lowerLetter
        case "bullet": .bullet
        default: .other
        }
    }

    /// The style an OpenDocument `style:num-format` names ("1", "I", "i", "A", "a").
    static func style(openDocument format: String?) -> Style {
        switch format {
        case "1", nil: .decimal
        case "I": .upperRoman
        case "i": .lowerRoman
        case "A": .upperLetter
        case "a": .lowerLetter
        default: .other
        }
    }

    /// `number` as this level writes it: 4 → "4", "IV", "iv", "D", "d".
    func written(_ number: Int) -> String {
        switch style {
        case .decimal, .bullet, .other: String(number)
        case .upperRoman: Self.roman(number)
        case .lowerRoman: Self.roman(number).lowercased()
        case .upperLetter: Self.letters(number)
        case .lowerLetter: Self.letters(number).lowercased()
        }
    }

    private static func roman(_ number: Int) -> String {
        guard (1...3999).contains(number) else { return String(number) }
        let values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var left = number
        var text = ""
        for (value, numeral) in values {
            while left >= value {
                text += numeral
                left -= value
            }
        }
        return text
    }

    /// 1 → "A", 26 → "Z", 27 → "AA", as Word and LibreOffice letter their lists.
    private static func letters(_ number: Int) -> String {
        guard number >= 1 else { return String(number) }
        let letter = Character(UnicodeScalar(UInt8(65 + (number - 1) % 26)))
        return String(repeating: String(letter), count: min((number - 1) / 26 + 1, 10))
    }
}
