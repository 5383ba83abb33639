import Yams

/// What to write instead of a count typed the way an office writes it in a document: with a
/// thousands dot ("3.443" households, which YAML reads as 3,443), with its unit ("35 đảng viên"),
/// or in quotes ("25"). The generic "must be a whole number" does not help there: to the office
/// each of them is one. Nil for anything else (words, a fraction), which keeps the generic error.
enum CountAdvice {
    /// The message for `node`, the value of the count `key` (`field` is its dotted name).
    static func message(for node: Node, key: String, field: String) -> String? {
        guard let scalar = node.scalar else { return nil }
        let text = scalar.string.trimmed()
        let numberPart = text.prefix { $0.isASCII && $0.isNumber || separators.contains($0) }
        let words = text.dropFirst(numberPart.count)
        guard let digits = digits(numberPart.trimmed(.whitespaces)) else { return nil }
        if let first = words.first, first.isLetter {
            return "'\(field)' chỉ ghi số, không kèm chữ: \(key): \(digits) (thay cho '\(text.prefix(40))') "
                + "/ write the number alone: \(key): \(digits)"
        }
        guard words.isEmpty else { return nil }
        if digits != text {
            return "'\(field)' ghi '\(text)' có dấu ngăn cách hàng nghìn: hãy viết liền các chữ số, \(key): \(digits) "
                + "/ write the number without thousands separators: \(key): \(digits)"
        }
        guard scalar.style == .singleQuoted || scalar.style == .doubleQuoted else { return nil }
        return "'\(field)' là số nhưng đặt trong dấu ngoặc: hãy bỏ dấu ngoặc, \(key): \(digits) "
            + "/ write the number without quotes: \(key): \(digits)"
    }

    /// A dot, a comma or a space (a non-breaking one too), between groups of three digits.
    private static let separators: Set<Character> = [".", ",", " ", "\u{00A0}"]

    /// The digits of "3443", or of "3.443", "1.250.000", "3,443", "3 443" (groups of three after
    /// the first, parted by one separator); nil for anything else ("1,5", "3.44").
    private static func digits(_ text: String) -> String? {
        let groups = text.split(omittingEmptySubsequences: false) { separators.contains($0) }
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }),
              groups.joined().count <= 18 else { return nil }
        return groups.joined()
    }
}
