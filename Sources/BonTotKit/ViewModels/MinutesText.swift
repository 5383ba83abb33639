/// The Vietnamese phrases of a meeting record, composed once for the minutes pages, the month
/// pages and the bulletin: "36/40 (90,0 %)", "19:30 – 21:15 (1 giờ 45 phút)", "hạn 30/10/2024".
/// Their percentages are written for a page (`FigureMedium.page`): the sign never leaves its figure.
enum MinutesText {
    /// `"36/40 (90,0 %)"`; without anybody expected, `"36/0"`. A narrow printed column breaks it
    /// only before the parenthesis.
    static func attendance(_ attendance: Attendance) -> String {
        let head = VietnameseFormat.fraction(attendance.present, of: attendance.expected)
        return attendance.rate.map { head + " (\(VietnameseFormat.percent($0, for: .page)))" } ?? head
    }

    /// `"vắng có lý do 03, vắng không lý do 01"`, from the counts the minutes give; nil without any.
    static func absenceCounts(_ attendance: Attendance) -> String? {
        let parts = [
            attendance.excused.map { "vắng có lý do \(VietnameseFormat.count($0))" },
            attendance.unexcused.map { "vắng không lý do \(VietnameseFormat.count($0))" },
        ].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `"19:30 – 21:15 (1 giờ 45 phút)"`, `"bắt đầu 19:30"`, `"kết thúc 21:15"`; nil without times.
    static func timeSpan(_ meeting: Minutes) -> String? {
        switch (meeting.start, meeting.end) {
        case let (start?, end?):
            let duration = meeting.durationMinutes.map { " (\(VietnameseFormat.duration(minutes: $0)))" } ?? ""
            return "\(start) – \(end)\(duration)"
        case let (start?, nil): return "bắt đầu \(start)"
        case let (nil, end?): return "kết thúc \(end)"
        case (nil, nil): return nil
        }
    }

    /// `"hạn 30/10/2024"`.
    static func deadline(_ date: CalendarDate) -> String {
        "hạn \(VietnameseFormat.shortDate(date))"
    }

    /// The reason an absentee gave, or `"không lý do"`.
    static func absenceReason(_ absentee: Absentee) -> String {
        let reason = absentee.reason ?? ""
        return reason.allSatisfy(\.isWhitespace) ? "không lý do" : reason
    }

    /// `"Tốt (92 điểm)"`: the band and score of a scored meeting; nil when it carries no score.
    static func qualityScore(_ meeting: Minutes) -> String? {
        meeting.qualityScore.map { "\(QualityBand(score: $0).displayName) (\(VietnameseFormat.score($0)) điểm)" }
    }

    /// The verdict of Hướng dẫn 12-HD/BTCTW on a regular meeting (nil for other kinds), short:
    /// `"Đạt"`, or `"Chưa đạt"` and why, so that it never reads as contradicting a good score
    /// beside it: `"Chưa đạt tiêu chí Hướng dẫn 12: có 01 đảng viên vắng mặt không có lý do"`.
    static func qualityCheck(_ meeting: Minutes) -> (verdict: String, passed: Bool)? {
        guard meeting.kind == .thuongKy else { return nil }
        let failures = MeetingQuality(meeting, for: .page).failures.map(\.reason)
        guard !failures.isEmpty else { return ("Đạt", true) }
        return ("Chưa đạt tiêu chí Hướng dẫn 12: " + failures.joined(separator: "; "), false)
    }

    /// `"Sinh hoạt thường kỳ ngày 05/09/2024"`: how a meeting is named in lists and titles.
    static func title(_ meeting: Minutes) -> String {
        "\(meeting.kind.displayName) ngày \(VietnameseFormat.shortDate(meeting.date))"
    }

    /// `"Tháng 9 năm 2024"`: a month as a heading.
    static func monthHeading(_ month: YearMonth) -> String {
        let text = VietnameseFormat.monthYear(month)
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
