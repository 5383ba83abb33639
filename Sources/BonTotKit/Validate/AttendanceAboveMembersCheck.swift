/// Minutes expecting more members at a meeting than its branch has (official and probationary):
/// a digit too many, or another branch's figure, which would lower the attendance rate of
/// SPEC §3. A warning on `attendance.expected` naming the branch's count and its file; only for
/// branches that give `members`, and only for the meetings of the latest year the branch has
/// minutes of: `members` is today's count, and a meeting of an earlier year may rightly have
/// expected more members, in a branch that has shrunk since (as the member ratings of earlier
/// years are not compared either). The members exempt from meetings are not taken off: `exempt`
/// is today's count too, which grows as members age.
enum AttendanceAboveMembersCheck {
    /// One warning in each minutes file of its branch's latest year whose `attendance.expected`
    /// is above the branch's count; the branch's file named from the top site (the site lying in
    /// `siteFolder`).
    static func check(_ minutes: [Minutes], branches: [Branch], siteFolder: String = "", sink: DiagnosticSink) {
        // Counts made once, looked up by id: nothing of a branch is copied per meeting.
        let counts = Dictionary(branches.compactMap { branch in
            branch.members.map { (branch.id, (count: $0.total, file: siteFolder + branch.source.file)) }
        }, uniquingKeysWith: { first, _ in first })
        guard !counts.isEmpty else { return }
        var latestYear: [String: Int] = [:]
        for meeting in minutes where counts[meeting.branchID] != nil {
            latestYear[meeting.branchID] = max(latestYear[meeting.branchID] ?? .min, meeting.date.year)
        }
        for meeting in minutes {
            guard let expected = meeting.attendance?.expected, let branch = counts[meeting.branchID],
                  expected > branch.count, meeting.date.year == latestYear[meeting.branchID] else { continue }
            sink.warning(meeting.attendanceSource, field: "attendance.expected",
                         "số phải dự (\(expected)) nhiều hơn số đảng viên của chi bộ (\(branch.count), theo 'members' ghi ở "
                             + "\(branch.file)); hãy kiểm tra lại số phải dự hoặc số đảng viên "
                             + "/ more members expected (\(expected)) than the branch has (\(branch.count))")
        }
    }
}
