/// A line of a body with a tab between its words, as the check of tabbed columns reads it:
/// columns pasted from Word ("STT⇥Họ và tên⇥Chức vụ"), a line whose label is kept from its
/// words by a tab ("a)⇥Nội dung", "1.1⇥Nội dung", "II.⇥Mục tiêu", "Điều 1.⇥Nội dung"), or a
/// line whose bullet is ("•⇥Nội dung"), as Word's numbered and bulleted paragraphs are pasted
/// as text; a line with no tab that starts with such a bullet and a space ("• Nội dung") too.
enum TabbedLine: Equatable {
    /// Columns kept apart by tabs.
    case columns
    /// A label and a tab before the words; `listMarker` when the label is a CommonMark list's
    /// own ("2.", "3)"), which makes a list of the lines once a blank line stands above them.
    case labelled(listMarker: Bool)
    /// A bullet that is no CommonMark list's (`bullet`, "•", "○", "▪") and a tab before the
    /// words, or with no `tab` on the line, a space.
    case bulleted(Character, tab: Bool)

    /// The roman numerals a label may be written with ("II.", "iv)").
    private static let romanDigits: Set<Character> = ["I", "V", "X", "L", "C", "i", "v", "x", "l", "c"]

    /// The bullets Word pastes before a bulleted paragraph's tab: its round, hollow, square,
    /// arrow and tick bullets, the dash its autocorrect makes of "- ", the "o" of its second
    /// level (Courier New's) and the bullets of its Symbol and Wingdings fonts, which paste as
    /// private-use characters. `-`, `+` and `*` with a tab make a list: they are none of these.
    private static let bullets: Set<Character> = [
        "•", "●", "○", "◦", "·", "▪", "■", "□", "▫", "◆", "◇", "❖", "➢", "➤", "►", "▸", "✓", "✔",
        "–", "—", "o", "\u{F0A7}", "\u{F0B7}", "\u{F0D8}", "\u{F076}", "\u{F0FC}",
    ]

    /// The bullets of a CommonMark list, which make none when a no-break space stands between
    /// them and the tab (Word's dash bullet pasted, "-\u{00A0}⇥…"): such a line of a paragraph
    /// is no list item.
    static let listBullets: Set<Character> = ["-", "+", "*"]

    /// `line` read, or nil when it has no tab between its words and no bullet with a space at
    /// its start, or holds a pipe (a table's row, the check of pipe tables' business).
    init?(_ line: Substring) {
        let words = line.drop(while: Self.isSpace)
        guard let end = words.lastIndex(where: { !Self.isSpace($0) }) else { return nil }
        let text = words[...end]
        guard !text.contains("|") else { return nil }
        guard text.contains("\t") else {
            guard let bullet = text.first, Self.bullets.contains(bullet), !bullet.isLetter,
                  text.dropFirst().first.map(Self.isSpace) == true else { return nil }
            self = .bulleted(bullet, tab: false)
            return
        }
        let first = text.prefix { !Self.isSpace($0) }
        let label = Self.label(at: text)
        let spacing = text[(label ?? first).endIndex...].prefix(while: Self.isSpace)
        guard spacing.contains("\t"), !text[spacing.endIndex...].contains("\t") else {
            self = .columns
            return
        }
        if let label {
            self = .labelled(listMarker: label.last != "/" && label.dropLast().allSatisfy(Self.isDigit))
        } else if first.count == 1, let bullet = first.first,
                  Self.bullets.contains(bullet) || Self.listBullets.contains(bullet) && spacing.contains("\u{00A0}") {
            self = .bulleted(bullet, tab: true)
        } else {
            self = .columns
        }
    }

    /// The label `text` starts with: its first word when that is one, or its first two when a
    /// word of letters names what the second numbers ("Điều 1.", "Khoản 2.", "Mục II."); nil
    /// when it starts with none.
    private static func label(at text: Substring) -> Substring? {
        let first = text.prefix { !isSpace($0) }
        if isLabel(first) { return first }
        guard first.first?.isUppercase == true, first.allSatisfy(\.isLetter), text[first.endIndex...].first == " " else {
            return nil
        }
        let second = text[first.endIndex...].dropFirst().prefix { !isSpace($0) }
        return isLabel(second) ? text[..<second.endIndex] : nil
    }

    /// Whether `word` is a paragraph's label: numbers, letters or roman numerals kept apart by
    /// dots and ended by '.', ')' or '/' ("a)", "1.2.", "IV.", "(c)", "1/"), or numbers kept
    /// apart by dots as Word numbers its outline ("1.1", "2.3.1"; not a figure, "1.500").
    private static func isLabel(_ word: Substring) -> Bool {
        guard let end = word.last else { return false }
        if isDigit(end) { return isOutlineNumber(word) }
        guard end == "." || end == ")" || end == "/" else { return false }
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

    /// Whether `word` is an outline's number with no dot at its end ("1.1", "2.3.1"): two
    /// numbers or more kept apart by dots, those after the first of one or two digits, as a
    /// figure's thousands ("1.500") never are.
    private static func isOutlineNumber(_ word: Substring) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let head = parts.first, (1...3).contains(head.count), head.allSatisfy(isDigit) else { return false }
        return parts.dropFirst().allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(isDigit) }
    }

    /// Whether `character` is a space, a tab or a no-break space (Word pastes one before a
    /// bullet's or a label's tab), what stands between a line's words.
    private static func isSpace(_ character: Character) -> Bool { character == " " || character == "\t" || character == "\u{00A0}" }

    /// Whether `character` is one of the digits 0 to 9.
    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
}
