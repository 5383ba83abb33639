/// A condition of a quality meeting under Hướng dẫn 12-HD/BTCTW.
public enum QualityCondition: String, CaseIterable, Sendable {
    /// More than 85 % of the members expected attend.
    case attendance
    /// Nobody is absent without a reason.
    case noUnexcusedAbsence
    /// The meeting lasts at least 90 minutes, when start and end are given.
    case duration
    /// At least three members speak, when `speakers` is given.
    case speakers
}

/// A condition a meeting fails, with the reason in Vietnamese.
public struct QualityFailure: Sendable, Equatable {
    public var condition: QualityCondition
    /// Why, in Vietnamese: "thời gian sinh hoạt 1 giờ 15 phút, chưa đủ 90 phút".
    public var reason: String
}

/// Whether a meeting is a quality meeting, which conditions it fails, and its score band.
public struct MeetingQuality: Sendable, Equatable {
    /// Attendance must be above this share of the members expected.
    public static let minimumAttendance = 0.85
    /// The shortest quality meeting, in minutes.
    public static let minimumMinutes = 90
    /// The fewest members who must speak.
    public static let minimumSpeakers = 3

    /// The failed conditions, in the order of `QualityCondition.allCases`.
    public var failures: [QualityFailure]
    /// The band of the meeting's `qualityScore`, where it has one.
    public var band: QualityBand?

    /// Assesses a meeting, its reasons written for `medium` (a diagnostic's text, or a page). The
    /// rule is written for regular meetings; callers choose which to show.
    public init(_ meeting: Minutes, for medium: FigureMedium = .text) {
        failures = QualityCondition.allCases.compactMap { condition in
            Self.reason(condition, meeting, medium).map { QualityFailure(condition: condition, reason: $0) }
        }
        band = meeting.qualityScore.map(QualityBand.init(score:))
    }

    /// True when every condition holds.
    public var isQualityMeeting: Bool { failures.isEmpty }

    /// Why a condition fails, or nil when it holds.
    private static func reason(_ condition: QualityCondition, _ meeting: Minutes, _ medium: FigureMedium) -> String? {
        switch condition {
        case .attendance:
            guard let rate = meeting.attendance?.rate else { return "biên bản không ghi số đảng viên dự họp" }
            return rate > minimumAttendance ? nil
                : "tỷ lệ đảng viên dự họp \(VietnameseFormat.percent(rate, for: medium)), "
                    + "chưa trên \(VietnameseFormat.normPercent(minimumAttendance, for: medium))"
        case .noUnexcusedAbsence:
            let unnamed = meeting.attendance?.unexcused ?? 0
            let named = meeting.absent.filter { ($0.reason ?? "").allSatisfy(\.isWhitespace) }.count
            let absent = max(unnamed, named)
            return absent == 0 ? nil : "có \(VietnameseFormat.count(absent)) đảng viên vắng mặt không có lý do"
        case .duration:
            guard let minutes = meeting.durationMinutes, minutes < minimumMinutes else { return nil }
            return "thời gian sinh hoạt \(VietnameseFormat.duration(minutes: minutes)), chưa đủ \(minimumMinutes) phút"
        case .speakers:
            guard let speakers = meeting.speakers, speakers < minimumSpeakers else { return nil }
            return "chỉ có \(VietnameseFormat.count(speakers)) đảng viên phát biểu, cần ít nhất \(VietnameseFormat.count(minimumSpeakers))"
        }
    }
}
