/// One meeting in a table of meetings (month pages): date, branch, kind, format, attendance and
/// quality, each as shown.
struct MinutesRow: Encodable {
    /// `"05/09/2024"`.
    var date: String
    var isoDate: String
    var href: String
    /// The topic, or the kind when the minutes give none.
    var title: String
    var branch: BranchMention
    var kind: String
    var format: String
    /// `"36/40 (90,0 %)"`, or `"—"`.
    var attendance: String
    /// `"Tốt (92 điểm)"`, or `"—"`.
    var quality: String
    /// `"Đạt"`, `"Chưa đạt tiêu chí Hướng dẫn 12: …"` with the reasons (regular meetings), or `"—"`.
    var check: String
    /// `"check-dat"`, `"check-chua-dat"`; nil for meetings the check does not apply to.
    var checkClass: String?

    init(_ meeting: Minutes, site: Site, links: Links) {
        date = VietnameseFormat.shortDate(meeting.date)
        isoDate = meeting.date.description
        href = links.minutes(meeting.slug)
        title = meeting.topic ?? meeting.kind.displayName
        branch = BranchMention(id: meeting.branchID, site: site, links: links, day: meeting.date)
        kind = meeting.kind.displayName
        format = meeting.format.displayName
        attendance = meeting.attendance.map(MinutesText.attendance) ?? "—"
        quality = MinutesText.qualityScore(meeting) ?? "—"
        let check = MinutesText.qualityCheck(meeting)
        self.check = check.map(\.verdict) ?? "—"
        checkClass = check.map { $0.passed ? "check-dat" : "check-chua-dat" }
    }
}
