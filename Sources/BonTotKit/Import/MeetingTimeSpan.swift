import Foundation

/// The hours of a meeting written as a span on its time line ("Thời gian: từ 19h30 đến 21h00,
/// ngày 05/9/2024", "19 giờ 30' – 21 giờ", "từ 19h30 ngày 05/9/2024 đến 21h cùng ngày"): the
/// end, when no line says when the meeting ended ("kết thúc vào lúc …"). A span whose second
/// part is a date ("đến ngày 06/9"), or an hour of another day ("từ 7h30 ngày 05/9 đến 11h ngày
/// 06/9"), gives no end.
enum MeetingTimeSpan {
    /// The time after "đến", "tới" or a dash that follows the first time of `text` (and its day).
    static func end(in text: Substring) -> TimeOfDay? {
        guard let span = text.firstMatch(of: pattern) else { return nil }
        if span.output.1 != nil, text[span.range.upperBound...].prefixMatch(of: dayAfter) != nil { return nil }
        return MinutesFacts.time(in: text[span.output.2.startIndex...])
    }

    /// "19h30 đến 21h00", "19 giờ 30 phút, đến 21 giờ", "19h30' – 21h", "19h30 ngày 05/9/2024 đến
    /// 21h": the first time, its day if written there, then the second time. An hour is written as
    /// `MinutesFacts`' time pattern reads it: an "h" starting a word ("2 họp") is none.
    nonisolated(unsafe) private static let pattern =
        /\d{1,2}\s*(?:giờ|h(?!\p{L})|:|g(?=\s*\d))\s*(?:\d{1,2})?\s*(?:phút|')?(\s*,?\s*(?:ngày\s*)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?)?\s*,?\s*(?:đến|tới|-|–)\s*(?:lúc\s*)?(\d{1,2}\s*(?:giờ|h(?!\p{L})|:|g(?=\s*\d)))/.ignoresCase()

    /// What follows the second time's hour when it is of another day: its minutes, then a day
    /// ("00 ngày 06/9", " ngày 06 tháng 9", ", 06/9/2024").
    nonisolated(unsafe) private static let dayAfter =
        /\s*(?:\d{1,2})?\s*(?:phút|')?\s*,?\s*(?:ngày\s*\d|\d{1,2}\s*\/\s*\d)/.ignoresCase()
}
