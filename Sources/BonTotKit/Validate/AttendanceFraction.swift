import Yams

/// Attendance written as minutes say it, "25/28" or "25 trên 28" (present out of expected), where the front
/// matter wants two numbers: the error says which two fields to write, with the numbers.
enum AttendanceFraction {
    /// The two numbers of a value written `25/28`, `25 / 28` or `25 trên 28`, the minutes' word
    /// after them or not (`29/31 đ/c`); nil for anything else.
    static func numbers(_ node: Node?) -> (present: Int, expected: Int)? {
        guard let text = node?.scalar?.string.trimmingCharacters(in: .whitespaces) else { return nil }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let present = Int(digits) else { return nil }
        let between = text.dropFirst(digits.count).drop { $0 == " " }
        let rest: Substring
        if between.first == "/" {
            rest = between.dropFirst()
        } else if between.lowercased().hasPrefix("trên ") {
            rest = between.dropFirst("trên".count)
        } else {
            return nil
        }
        guard let expected = count(in: rest.trimmingCharacters(in: .whitespaces)) else { return nil }
        return (present, expected)
    }

    /// The number of a value written as one count, as minutes say it: `23`, `'23'`, `23 người`,
    /// `23 đồng chí`; nil for anything else (a mapping, a fraction, words alone).
    static func count(_ node: Node?) -> Int? {
        node?.scalar.flatMap { count(in: $0.string.trimmingCharacters(in: .whitespaces)) }
    }

    /// The number `text` starts with when it is all digits, or digits, a space and words (an
    /// abbreviation too: "đ/c", "đ.c").
    private static func count(in text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        guard !digits.isEmpty, rest.isEmpty || (rest.first == " " && rest.dropFirst().allSatisfy { $0.isLetter || " /.".contains($0) }),
              let number = Int(digits) else { return nil }
        return number
    }

    /// Reports `node` of the field `field` when it is such a fraction; true when it was.
    static func report(_ node: Node?, field: String, at location: SourceLocation, sink: DiagnosticSink) -> Bool {
        guard let (present, expected) = numbers(node) else { return false }
        let written = "'\(field)' ghi '\(node?.scalar?.string ?? "")' (có mặt/phải dự)"
        // More present than expected is a slip in the minutes' figures: the two fields would only move it.
        guard present <= expected else {
            sink.error(location, field: field,
                       "\(written): số có mặt (\(present)) lớn hơn số phải dự (\(expected)); hãy đối chiếu với biên bản rồi viết hai số "
                       + "riêng, attendance: { present: <số có mặt>, expected: <số phải dự> } / present \(present) is above expected "
                       + "\(expected): check the minutes, then write attendance: { present: …, expected: … }")
            return true
        }
        let fix = "attendance: { present: \(present), expected: \(expected) }"
        sink.error(location, field: field, "\(written): hãy viết hai số riêng, \(fix) / write the two numbers apart: \(fix)")
        return true
    }
}
