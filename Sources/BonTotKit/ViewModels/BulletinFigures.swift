/// "The month in figures": meetings held, regular and thematic, average attendance, and the
/// branches that held no regular meeting.
struct BulletinFigures: Encodable {
    /// `"Trong tháng 9 năm 2024, các chi bộ tổ chức 02 cuộc sinh hoạt, …"`.
    var sentence: String
    var rows: [BulletinFigure]
    /// `"03/05 chi bộ chưa sinh hoạt thường kỳ trong tháng:"`, or nil when every branch met.
    var missingSentence: String?
    var missing: [BranchMention]
    var hasMissing: Bool

    init(month: YearMonth, meetings: [Minutes], context: PortalContext, links: Links) {
        let site = context.site
        let regular = meetings.filter { $0.kind == .thuongKy }.count
        let thematic = meetings.filter { $0.kind == .chuyenDe }.count
        let attendance = MeetingDiscipline.pooledAttendance(meetings)
        let branches = context.analysis.discipline.count
        let covered = context.analysis.months.contains(month)
        // Outside the months the minutes cover there is no record to say who met.
        let missingIDs = covered
            ? context.analysis.discipline.filter { discipline in
                discipline.months.contains { $0.month == month && $0.status.isRegularMissing }
            }.map(\.branchID)
            : []
        missing = VietnameseCollation.sorted(missingIDs.map { BranchMention(id: $0, site: site, links: links) }) { $0.name }
        hasMissing = !missing.isEmpty
        rows = [
            BulletinFigure(label: "Cuộc sinh hoạt, họp chi bộ", value: VietnameseFormat.count(meetings.count)),
            BulletinFigure(label: "Trong đó sinh hoạt thường kỳ", value: VietnameseFormat.count(regular)),
            BulletinFigure(label: "Trong đó sinh hoạt chuyên đề", value: VietnameseFormat.count(thematic)),
            BulletinFigure(label: "Tỷ lệ đảng viên dự họp bình quân", value: attendance.map(VietnameseFormat.percent) ?? "—"),
            BulletinFigure(label: "Chi bộ chưa sinh hoạt thường kỳ",
                           value: covered ? "\(VietnameseFormat.count(missing.count))/\(VietnameseFormat.count(branches))" : "—"),
        ]
        let attendanceClause = attendance.map { "; tỷ lệ đảng viên dự họp bình quân \(VietnameseFormat.percent($0))" } ?? ""
        let regularClause: String = Self.meetingCount(regular, "sinh hoạt thường kỳ")
        let thematicClause: String = Self.meetingCount(thematic, "sinh hoạt chuyên đề")
        let held: String = "các chi bộ tổ chức \(VietnameseFormat.count(meetings.count)) cuộc sinh hoạt, họp, trong đó "
        sentence = meetings.isEmpty
            ? "Trong \(VietnameseFormat.monthYear(month)), chưa có biên bản sinh hoạt chi bộ nào được gửi về."
            : "Trong \(VietnameseFormat.monthYear(month)), \(held)\(regularClause) và \(thematicClause)\(attendanceClause)."
        missingSentence = hasMissing
            ? "\(VietnameseFormat.count(missing.count))/\(VietnameseFormat.count(branches)) chi bộ chưa sinh hoạt thường kỳ trong tháng:"
            : nil
    }

    /// `"02 cuộc sinh hoạt chuyên đề"`, or `"không có cuộc sinh hoạt chuyên đề nào"` for none.
    private static func meetingCount(_ count: Int, _ kind: String) -> String {
        count == 0 ? "không có cuộc \(kind) nào" : "\(VietnameseFormat.count(count)) cuộc \(kind)"
    }
}

/// A line of the figures table.
struct BulletinFigure: Encodable {
    var label: String
    var value: String
}
