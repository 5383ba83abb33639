/// A line of a body with a tab between its words, as the check of tabbed columns reads it:
/// columns pasted from Word ("STT⇥Họ và tên⇥Chức vụ"), or a line whose label is kept from its
/// words by a tab ("a)⇥Nội dung", "1.1.⇥Nội dung", "II.⇥Mục tiêu"), as Word's lettered and
/// numbered paragraphs are pasted as text.
enum TabbedLine: Equatable {
    /// Columns kept apart by tabs.
    case columns
    /// A label and a tab before the words; `listMarker` when the label is a CommonMark list's
    /// own ("2.", "3)"), which makes a list of the lines once a blank line stands above them.
    case labelled(listMarker: Bool)

    /// The roman numerals a label may be written with ("II.", "iv)").
    private static let romanDigits: Set<Character> = ["I", "V", "X", "L", "C", "i", "v", "x", "l", "c"]

    /// `line` read, or nil when it has no tab between its words or holds a pipe (a table's
    /// row, the check of pipe tables' business).
    init?(_ line: Substring) {
        let words = line.drop(while: Self.isSpace)
        guard let end = words.lastIndex(where: { !Self.isSpace($0) }) else { return nil }
        let text = words[...end]
        guard !text.contains("|"), text.contains("\t") else { return nil }
        let label = text.prefix { !Self.isSpace($0) }
        let spacing = text[label.endIndex...].prefix(while: Self.isSpace)
        guard spacing.contains("\t"), !text[spacing.endIndex...].contains("\t"), Self.isLabel(label) else {
            self = .columns
            return
        }
        self = .labelled(listMarker: label.dropLast().allSatisfy(Self.isDigit))
    }

    /// Whether `word` is a paragraph's label: numbers, letters or roman numerals kept apart by
    /// dots and ended by '.' or ')' ("a)", "1.2.", "IV.", "(c)").
    private static func isLabel(_ word: Substring) -> Bool {
        guard let end = word.last, end == "." || end == ")" else { return false }
        var body = word.dropLast()
        if body.first == "(" {
            guard end == ")" else { return false }
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            part.allSatisfy(isDigit) && !part.isEmpty && part.count <= 3
                || part.count == 1 && part.allSatisfy(\.isLetter)
                || !part.isEmpty && part.count <= 6 && part.allSatisfy(romanDigits.contains)
        }
    }

    /// Whether `character` is a space or a tab, what stands between a line's words.
    private static func isSpace(_ character: Character) -> Bool { character == " " || character == "\t" }

    /// Whether `character` is one of the digits 0 to 9.
    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
}
