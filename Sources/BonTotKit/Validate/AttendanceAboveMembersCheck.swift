/// Minutes expecting more members at a meeting than its branch has (official and probationary,
/// less those exempt from meetings when `exempt` is given): a digit too many, or another
/// branch's figure, which would lower the attendance rate of SPEC §3. A warning on
/// `attendance.expected` naming the branch's count and its file; only for branches that give
/// `members`.
enum AttendanceAboveMembersCheck {
    /// What one branch may expect at a meeting, and the file that says so.
    private struct Expectable {
        var count: Int
        var lessExempt: Bool
        var file: String
    }

    /// One warning in each minutes file whose `attendance.expected` is above its branch's count.
    static func check(_ minutes: [Minutes], branches: [Branch], sink: DiagnosticSink) {
        // Counts made once, looked up by id: nothing of a branch is copied per meeting.
        // More exempt than members is told on 'exempt' (BranchDecoder): such a branch is not compared.
        let counts = Dictionary(branches.compactMap { branch in
            branch.members.flatMap { members in
                let exempt = branch.exempt ?? 0
                return exempt > members.total ? nil
                    : (branch.id, Expectable(count: members.total - exempt, lessExempt: branch.exempt != nil, file: branch.source.file))
            }
        }, uniquingKeysWith: { first, _ in first })
        guard !counts.isEmpty else { return }
        for meeting in minutes {
            guard let expected = meeting.attendance?.expected, let branch = counts[meeting.branchID],
                  expected > branch.count else { continue }
            sink.warning(meeting.source, field: "attendance.expected",
                         "số phải dự (\(expected)) nhiều hơn số đảng viên của chi bộ (\(branch.count), theo 'members'"
                             + (branch.lessExempt ? " trừ 'exempt'" : "") + " ghi ở \(branch.file)); hãy kiểm tra lại số phải dự hoặc số đảng viên "
                             + "/ more members expected (\(expected)) than the branch has (\(branch.count))")
        }
    }
}
