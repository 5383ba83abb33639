import Foundation

/// A row that heads a group of branches inside a score table, as offices divide the table by
/// emulation cluster: "I. CỤM KHU DÂN CƯ", or "II" in the STT column and "CỤM CƠ QUAN, TRƯỜNG
/// HỌC" merged across the row. It holds a label and no score, so it is left out; a branch row
/// that lacks its scores is not one (its name is not in capitals and carries no Roman number),
/// and stays an error.
enum EvaluationGroupRow {
    /// True for `record` (the row without its STT cell when `numbered`; `row` the whole row)
    /// when it is a group heading.
    static func isGroupHeading(_ row: EvaluationTable.Row, record: EvaluationTable.Row, numbered: Bool) -> Bool {
        let label = (record.cells.first ?? "").trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, record.cells.dropFirst().allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            return false
        }
        let number = numbered ? (row.cells.first ?? "").trimmingCharacters(in: .whitespaces) : ""
        return row.isMergedTitle || isRomanNumber(number) || hasRomanNumber(label) || isCapitals(label)
    }

    /// "I", "II.", "IV-": the numbers of a document's parts.
    static func isRomanNumber(_ text: String) -> Bool {
        let core = text.trimmingCharacters(in: CharacterSet(charactersIn: ".-) "))
        return !core.isEmpty && core.count <= 6 && core.allSatisfy { "IVXLC".contains($0) }
    }

    /// "I. Cụm khu dân cư", "II- Khối cơ quan".
    private static func hasRomanNumber(_ label: String) -> Bool {
        guard let match = label.firstMatch(of: /^([IVXLC]{1,6})\s*[.\-)]\s+\S/) else { return false }
        return isRomanNumber(String(match.output.1))
    }

    /// A label with letters, every one a capital ("CỤM KHU DÂN CƯ"): branch names are written
    /// in ordinary case and ids in small letters.
    private static func isCapitals(_ label: String) -> Bool {
        let letters = label.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy(\.isUppercase)
    }
}
