import Yams

/// Attendance written as minutes say it, "25/28" (present out of expected), where the front
/// matter wants two numbers: the error says which two fields to write, with the numbers.
enum AttendanceFraction {
    /// The two numbers of a value written `25/28` or `25 / 28`; nil for anything else.
    static func numbers(_ node: Node?) -> (present: Int, expected: Int)? {
        // Most values are a count or a mapping: without a '/' byte there is no '/' character.
        guard let text = node?.scalar?.string, text.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        // "29 / 31 đồng chí": the word after the second number is the minutes' own.
        guard parts.count == 2, parts[0].allSatisfy(\.isASCII), let present = Int(parts[0]),
              let expected = count(in: parts[1]) else { return nil }
        return (present, expected)
    }

    /// The number of a value written as one count, as minutes say it: `23`, `'23'`, `23 người`,
    /// `23 đồng chí`; nil for anything else (a mapping, a fraction, words alone).
    static func count(_ node: Node?) -> Int? {
        node?.scalar.flatMap { count(in: $0.string.trimmingCharacters(in: .whitespaces)) }
    }

    /// The number `text` starts with when it is all digits, or digits, a space and words.
    private static func count(in text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        guard !digits.isEmpty, rest.isEmpty || (rest.first == " " && rest.dropFirst().allSatisfy { $0.isLetter || $0 == " " }),
              let number = Int(digits) else { return nil }
        return number
    }

    /// Reports `node` of the field `field` when it is such a fraction; true when it was.
    static func report(_ node: Node?, field: String, at location: SourceLocation, sink: DiagnosticSink) -> Bool {
        guard let (present, expected) = numbers(node) else { return false }
        let fix = "attendance: { present: \(present), expected: \(expected) }"
        sink.error(location, field: field,
                   "'\(field)' ghi '\(node?.scalar?.string ?? "")' (có mặt/phải dự): hãy viết hai số riêng, \(fix) / write the two numbers apart: \(fix)")
        return true
    }
}
