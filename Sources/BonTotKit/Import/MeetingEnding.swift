/// Where minutes say when the meeting ended: "kết thúc" or "bế mạc" as words of their own
/// ("Cuộc họp kết thúc vào lúc 21 giờ 15", "bế mạc lúc 21 giờ"), the time near after them. The
/// "kết" of "tổng kết" or "sơ kết" before "thúc đẩy" ("tổng kết thúc đẩy 8 giờ lao động") says
/// no end.
enum MeetingEnding {
    /// How far after the words the time may start ("kết thúc vào ngày 05/10/2024, lúc 21 giờ").
    static let nearness = 40

    /// "kết thúc", "bế mạc", also inside other words (told apart in `words(in:)`).
    nonisolated(unsafe) private static let ending = /kết thúc|bế mạc/.ignoresCase()

    /// The ranges of the words saying the meeting ended in `line`, in order.
    static func words(in line: String) -> [Range<String.Index>] {
        line.ranges(of: ending).filter { range in
            let before = line[..<range.lowerBound]
            let after = line[range.upperBound...]
            guard before.last?.isLetter != true, after.first?.isLetter != true else { return false }
            let previous = before.split(whereSeparator: { !$0.isLetter }).last?.lowercased()
            let next = after.split(whereSeparator: { !$0.isLetter }).first?.lowercased()
            return !["tổng", "sơ"].contains(previous ?? "") && next != "đẩy"
        }
    }

    /// True when `line` says when the meeting ended.
    static func says(_ line: String) -> Bool {
        !words(in: line).isEmpty
    }

    /// The time the meeting ended at, as `line` says it; nil when no time is near after the words.
    static func time(in line: String) -> TimeOfDay? {
        words(in: line).lazy.compactMap { MinutesFacts.time(in: line[$0.upperBound...], within: nearness) }.first
    }
}
