import Foundation

/// The hours of a meeting written as a span on its time line ("Thời gian: từ 19h30 đến 21h00,
/// ngày 05/9/2024", "19 giờ 30' – 21 giờ"): the end, when no line says when the meeting ended
/// ("kết thúc vào lúc …"). A span whose second part is a date ("đến ngày 06/9") gives no end.
enum MeetingTimeSpan {
    /// The time after "đến", "tới" or a dash that follows the first time of `text`.
    static func end(in text: Substring) -> TimeOfDay? {
        guard let span = text.firstMatch(of: pattern) else { return nil }
        return MinutesFacts.time(in: text[span.output.1.startIndex...])
    }

    /// "19h30 đến 21h00", "19 giờ 30 phút đến 21 giờ", "19h30' – 21h": the first time, then the second.
    nonisolated(unsafe) private static let pattern =
        /\d{1,2}\s*(?:giờ|h|:|g(?=\s*\d))\s*(?:\d{1,2})?\s*(?:phút|')?\s*(?:đến|tới|-|–)\s*(?:lúc\s*)?(\d{1,2}\s*(?:giờ|h|:|g(?=\s*\d)))/.ignoresCase()
}
