import Foundation

/// The opening of Word minutes, where they say when and where the meeting was held: from the top
/// down to the attendance ("Có mặt: 26/28"), or, when the minutes count no attendance, to the
/// first line leading into their body ("II. NỘI DUNG", "NGHỊ QUYẾT", "Nội dung sinh hoạt:",
/// "Kết luận:", "Ý kiến …"), and never past the first `withoutAttendanceOrBody` lines when they
/// have neither (a body's "Lúc 8 giờ ngày 20/9 ra quân" is no meeting's). Only a line in the opening says
/// when the meeting began; a "Thời gian:" line under the resolutions is a task's. The one rule
/// for the line saying when the meeting began is here, for its date and for its hour.
enum MeetingOpening {
    /// The index just past the opening of `lines`, whose attendance line is at `attendance`: past
    /// the "Thời gian" lines right under it too, when the minutes give the attendance first ("I.
    /// THÀNH PHẦN", "Chi bộ có 28 đảng viên, dự họp 25 đồng chí", "II. THỜI GIAN, ĐỊA ĐIỂM",
    /// "Thời gian: 19 giờ 30 phút, ngày 15/10/2026").
    static func end(of lines: [String], attendance: Int?) -> Int {
        if let attendance {
            var end = attendance + 1
            while end < lines.count, end < attendance + 3, isThoiGian(lines[end]) { end += 1 }
            return end
        }
        return lines.firstIndex { $0.firstMatch(of: Patterns.bodyHeading) != nil || $0.firstMatch(of: Patterns.bodyLead) != nil }
            ?? min(lines.count, withoutAttendanceOrBody)
    }

    /// How far the opening of minutes with neither an attendance line nor a line leading into
    /// their body reaches: a title, the time and place, the chair and the recorder.
    static let withoutAttendanceOrBody = 20

    /// Where the label begins on a line saying when the meeting began: "Thời gian" at the start
    /// of the line, after a list mark or a number ("- Thời gian:", "1. Thời gian:", "a) Thời
    /// gian:", "I. Thời gian, địa điểm:"), or "hồi"/"lúc" before a figure ("Hồi 19h30'", "Vào hồi: 19 giờ",
    /// "Hôm nay, vào lúc 14 giờ"); nil for any other line, and for a deadline ("trước lúc 17
    /// giờ ngày 30/9", "chậm nhất lúc 17 giờ").
    static func timeLabel(in line: String) -> String.Index? {
        if let match = line.firstMatch(of: Patterns.thoiGian) { return match.output.1.startIndex }
        guard let match = line.firstMatch(of: Patterns.hoiLuc) else { return nil }
        let before = line[..<match.output.1.startIndex]
        // Not a deadline, nor someone's words after a colon ("Ý kiến đồng chí C: Vào hồi 7 giờ…").
        guard before.firstMatch(of: Patterns.deadlineBefore) == nil, !before.contains(":") else { return nil }
        return match.output.1.startIndex
    }

    /// The line saying when the meeting began, chosen once for its hour and for its date.
    struct TimeLine: Equatable {
        /// The index of the line in the minutes.
        var index: Int
        /// Where its label begins: the hour is read from here on.
        var label: String.Index
        /// The line giving the meeting's day with that hour: this line when it writes a date,
        /// else the "Hôm nay, ngày 15/10/2026" line above it that the clerk went on from ("Vào
        /// hồi 19 giờ 30" below it), else nil.
        var dateLine: Int?
        /// True when the line is labelled "Thời gian".
        var isThoiGian: Bool
    }

    /// The line of the opening (`lines` up to `openingEnd`, exclusive) saying when the meeting
    /// began, with a time after its label: the first "Thời gian" line, else the first "Vào
    /// hồi"/"Lúc" line, never a line saying when it ended ("kết thúc vào lúc 21 giờ 15"). A
    /// "Vào hồi"/"Lúc" line writing another day than the "Hôm nay, ngày …" line above it is the
    /// body's ("Vào hồi 8 giờ ngày 20/9/2024 toàn chi bộ ra quân" under "Hôm nay, ngày
    /// 12/9/2024"), not the meeting's. The one choice both the hour and the date are read from.
    static func timeLine(in lines: [String], openingEnd: Int) -> TimeLine? {
        let opening = lines.indices.prefix(max(0, min(openingEnd, lines.count)))
        let timed = opening.compactMap { index -> (index: Int, label: String.Index)? in
            let line = lines[index]
            guard !MinutesFacts.saysEnding(line), let label = timeLabel(in: line),
                  MinutesFacts.time(in: line[label...]) != nil else { return nil }
            return (index, label)
        }
        let today = { (index: Int) in lines[index].firstMatch(of: Patterns.today) != nil }
        let dayAndMonth = { (index: Int) in MeetingDateReading.dayAndMonth(in: lines[index]) }
        // The day a "Hôm nay" line says is today's only when it follows the words: not the date of
        // a text it cites ("Hôm nay, thực hiện Hướng dẫn số 05-HD/ĐU ngày 02/10/2026 …").
        let todaysDay = { (index: Int) -> MeetingDateReading.DayAndMonth? in
            guard let match = lines[index].firstMatch(of: Patterns.todaysDate) else { return nil }
            return MeetingDateReading.dayAndMonth(in: String(lines[index][match.range.upperBound...]))
        }
        let chosen = timed.first { isThoiGian(lines[$0.index]) } ?? timed.first { found in
            // The day of the last dated "Hôm nay" line above: a line writing another is not the meeting's.
            guard let own = dayAndMonth(found.index), !today(found.index),
                  let above = opening.prefix(found.index).last(where: { todaysDay($0) != nil }),
                  let said = todaysDay(above) else { return true }
            return own == said
        }
        guard let chosen else { return nil }
        let dateLine = dayAndMonth(chosen.index) != nil ? chosen.index
            : opening.prefix(chosen.index).last { todaysDay($0) != nil }
        return TimeLine(index: chosen.index, label: chosen.label, dateLine: dateLine, isThoiGian: isThoiGian(lines[chosen.index]))
    }

    /// True when `line` begins with the "Thời gian" label, list mark or number before it allowed.
    static func isThoiGian(_ line: String) -> Bool {
        line.firstMatch(of: Patterns.thoiGian) != nil
    }
}

/// The wording of the opening.
private enum Patterns {
    /// "Thời gian", alone or after "-", "1.", "a)", "I.".
    nonisolated(unsafe) static let thoiGian =
        /^\s*(?:[-+•–]|(?:\d{1,2}|[a-zđ]|[IVX]{1,4})\s*[.)\/])?\s*(thời gian)/.ignoresCase()
    /// "hồi 19h30", "lúc 14 giờ", "Vào hồi: 19 giờ 30 phút".
    nonisolated(unsafe) static let hoiLuc = /(?:^|\s)((?:hồi|lúc)\s*:?\s*\d)/.ignoresCase()
    /// "Hôm nay, ngày 15/10/2026", "- Hôm nay (15/10/2026)": the clerk's sentence giving the day.
    nonisolated(unsafe) static let today = /^\s*(?:[-+•–]\s*)?hôm nay\b/.ignoresCase()
    /// "Hôm nay, ngày ", "- Hôm nay (", "Hôm nay, thứ Năm, ngày ", "Hôm nay là ngày ": the words
    /// just before the day a "Hôm nay" line says is today.
    nonisolated(unsafe) static let todaysDate =
        /^\s*(?:[-+•–]\s*)?hôm nay[\s,:(]*(?:là\s+)?(?:thứ\s+\p{L}+[\s,]*)?(?:ngày\s*)?(?=\d)/.ignoresCase()
    /// "trước", "hạn", "chậm nhất" just before "lúc": a deadline.
    nonisolated(unsafe) static let deadlineBefore = /(?:trước|hạn|chậm nhất)\s*$/.ignoresCase()
    /// A heading of the body, in capitals: "II. NỘI DUNG", "III. NGHỊ QUYẾT", "KẾT LUẬN".
    nonisolated(unsafe) static let bodyHeading =
        /^\s*(?:[IVX]{1,4}\s*[.\/)-]\s*)?(?:NỘI DUNG|NGHỊ QUYẾT|KẾT LUẬN|DIỄN BIẾN)/
    /// A line leading into the body in any case: "Nội dung sinh hoạt:", "Nghị quyết:", "Kết luận:",
    /// "2. Diễn biến", "Ý kiến thảo luận", "Chi bộ thống nhất như sau:".
    nonisolated(unsafe) static let bodyLead =
        /^\s*(?:(?:[IVX]{1,4}|\d{1,2})\s*[.\/)-]\s*)?(?:nội dung|nghị quyết|kết luận|diễn biến|ý kiến|chi bộ thống nhất)/.ignoresCase()
}
