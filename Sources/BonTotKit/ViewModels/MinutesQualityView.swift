/// The quality of one meeting as its page shows it: the score and its band where the locality
/// scores meetings, and for regular meetings the check of Hướng dẫn 12-HD/BTCTW.
struct MinutesQualityView: Encodable {
    /// `"92 điểm"`.
    var score: String?
    /// `"Tốt"`.
    var band: String?
    /// `"band-tot"`, for the badge's colour.
    var bandClass: String?
    /// Whether the meeting is a quality meeting, for regular meetings only.
    var check: MinutesQualityCheck?

    /// Nil when the meeting has no score and is not a regular meeting.
    init?(_ meeting: Minutes) {
        let assessment = MeetingQuality(meeting, for: .page)
        score = meeting.qualityScore.map { "\(VietnameseFormat.score($0)) điểm" }
        band = assessment.band?.displayName
        bandClass = assessment.band.map { "band-\(Slug.fold($0.displayName))" }
        check = meeting.kind == .thuongKy ? MinutesQualityCheck(assessment) : nil
        if score == nil && check == nil { return nil }
    }
}

/// The verdict of Hướng dẫn 12-HD/BTCTW on a regular meeting, with every failed condition.
struct MinutesQualityCheck: Encodable {
    var passed: Bool
    /// One sentence: quality meeting, or not and why below.
    var verdict: String
    var failures: [String]
    var hasFailures: Bool

    init(_ quality: MeetingQuality) {
        passed = quality.isQualityMeeting
        failures = quality.failures.map(\.reason)
        hasFailures = !failures.isEmpty
        verdict = passed
            ? "Đạt buổi sinh hoạt chi bộ có chất lượng theo Hướng dẫn 12-HD/BTCTW."
            : "Chưa đạt buổi sinh hoạt chi bộ có chất lượng theo Hướng dẫn 12-HD/BTCTW:"
    }
}
