/// A list item marked otherwise than with YAML's `- `: the dash with no space after it
/// (`-Phạm Trọng Tài`, `-{ text: … }`), or the marks Word puts in its place — the en dash it
/// turns `- ` into as one types, the bullets (`•`, `·`) a list copied out of a document brings —
/// and Markdown's `*` and `+`. YAML reads none of them as a list item: the line is refused as a
/// misplaced ':' or a missing one, or the items run together into one text. This names the mark
/// and gives the item as YAML reads it.
enum YAMLListMark {
    /// A mark found at the start of a line or a text.
    struct Misplaced: Equatable {
        /// The mark as typed: "-" (no space after it), "–", "•"…
        var mark: Character
        /// The item after the mark, trimmed.
        var item: String
    }

    /// The marks taken for a list item's `-`, each with how it came to be there.
    private static let lookalikes: [Character: String] = [
        "–": "gạch ngang '–' (Word tự đổi '- ' thành '– ' khi gõ)",
        "—": "gạch ngang dài '—'",
        "•": "dấu chấm tròn '•' (danh sách chép từ Word)",
        "·": "dấu chấm giữa '·'",
        "●": "dấu chấm tròn '●'",
        "▪": "dấu vuông '▪'",
        "*": "dấu '*' (danh sách kiểu Markdown)",
        "+": "dấu '+'",
    ]

    /// The misplaced mark opening `text` (after its indentation), or nil: `-` counts only
    /// directly followed by a letter, a quote or a bracket (not `---`, not a negative number);
    /// the others followed by a space.
    static func misplaced(in text: Substring) -> Misplaced? {
        let body = text.drop { $0 == " " }
        guard let mark = body.first else { return nil }
        let rest = body.dropFirst()
        guard let next = rest.first else { return nil }
        if mark == "-" {
            guard next.isLetter || "{[\"'".contains(next) else { return nil }
        } else {
            guard lookalikes[mark] != nil, next == " " else { return nil }
        }
        let item = rest.trimmingCharacters(in: .whitespaces)
        return item.isEmpty ? nil : Misplaced(mark: mark, item: item)
    }

    /// The items of `text`, a list YAML read as one text, each opening with `mark`: lines folded
    /// into one, so the items are parted where the mark follows a space (a dash inside a name,
    /// "Nguyễn Văn A-B", parts nothing).
    static func items(of text: String, markedWith mark: Character) -> [String] {
        var items: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character == mark, previous == " " {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        items.append(current)
        return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// How `found`'s mark is told: the lookalike's name, or the dash that lacks its space.
    static func described(_ found: Misplaced) -> (vi: String, en: String) {
        if let name = lookalikes[found.mark] {
            return ("\(name) không phải dấu '-' của danh sách YAML", "'\(found.mark)' is not YAML's list mark '-'")
        }
        return ("thiếu dấu cách sau dấu '-' của mục danh sách", "no space after the list mark '-'")
    }

    /// The advice on a line YAML refused, which opens with a misplaced mark: the line to write.
    static func advice(for line: String) -> (vi: String, en: String)? {
        let text = Substring(line.hasSuffix("\r") ? String(line.dropLast()) : line)
        guard let found = misplaced(in: text) else { return nil }
        let written = String(text.prefix { $0 == " " }) + "- " + found.item
        let told = described(found)
        return ("\(told.vi): mỗi mục bắt đầu bằng '- ' (dấu trừ và một dấu cách), viết \(written.trimmed())",
                "\(told.en): write \(written.trimmed())")
    }
}
