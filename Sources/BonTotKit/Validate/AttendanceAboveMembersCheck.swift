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
        // Each branch's count, file and latest year of minutes kept by position, a branch looked
        // up by id once a meeting (the check runs over every minutes file in every build, an
        // incremental one too); the meetings above their branch's count noted on the way.
        var positions: [String: Int] = [:]
        var counts: [(count: Int, file: String)] = []
        for branch in branches where positions[branch.id] == nil {
            guard let members = branch.members else { continue }
            positions[branch.id] = counts.count
            counts.append((count: members.total, file: siteFolder + branch.source.file))
        }
        guard !counts.isEmpty else { return }
        var latestYear = [Int](repeating: .min, count: counts.count)
        var above: [(meeting: Int, branch: Int, expected: Int)] = []
        for (index, meeting) in minutes.enumerated() {
            guard let position = positions[meeting.branchID] else { continue }
            latestYear[position] = max(latestYear[position], meeting.date.year)
            if let expected = meeting.attendance?.expected, expected > counts[position].count {
                above.append((meeting: index, branch: position, expected: expected))
            }
        }
        for (index, position, expected) in above where minutes[index].date.year == latestYear[position] {
            let meeting = minutes[index], branch = counts[position]
            sink.warning(meeting.attendanceSource, field: "attendance.expected",
                         "số phải dự (\(expected)) nhiều hơn số đảng viên của chi bộ (\(branch.count), theo 'members' ghi ở "
                             + "\(branch.file)); hãy kiểm tra lại số phải dự hoặc số đảng viên "
                             + "/ more members expected (\(expected)) than the branch has (\(branch.count))")
        }
    }
}
