/// A meeting dated before its branch was founded, or on or after the day it was dissolved: the
/// date, or the branch's `founded` or `dissolved`, is wrong (or the meeting belongs to the branch
/// it was merged into). A warning, for the build can go on; but the meeting lies outside the
/// months the branch is held to (SPEC §3, Meeting discipline), so its profile's monthly record
/// leaves it out.
enum MinutesBeforeFoundingCheck {
    /// One warning in each minutes file dated before the founding day of the branch it names.
    static func check(_ minutes: [Minutes], branches: [Branch], sink: DiagnosticSink) {
        let founded = Dictionary(branches.compactMap { branch in branch.founded.map { (branch.id, ($0, branch)) } },
                                 uniquingKeysWith: { first, _ in first })
        for meeting in minutes {
            guard let (day, branch) = founded[meeting.branchID], meeting.date < day else { continue }
            sink.warning(meeting.source, field: "date",
                         "biên bản ghi \(VietnameseFormat.longDate(meeting.date)), trước ngày thành lập "
                             + "\(branch.name) (\(VietnameseFormat.longDate(day)), ghi ở \(branch.source.file)); "
                             + "hãy kiểm tra lại ngày họp hoặc ngày thành lập / the meeting is dated before its branch was founded")
        }
        let dissolved = Dictionary(branches.compactMap { branch in branch.dissolved.map { (branch.id, ($0, branch)) } },
                                   uniquingKeysWith: { first, _ in first })
        for meeting in minutes {
            guard let (day, branch) = dissolved[meeting.branchID], meeting.date >= day else { continue }
            let successor = branch.mergedInto.map { " (nếu là buổi họp của chi bộ mới, hãy ghi 'branch: \($0)')" } ?? ""
            sink.warning(meeting.source, field: "date",
                         "biên bản ghi \(VietnameseFormat.longDate(meeting.date)), từ ngày \(branch.name) "
                             + "\(branch.mergedInto == nil ? "giải thể" : "sáp nhập") (\(VietnameseFormat.longDate(day)), ghi ở "
                             + "\(branch.source.file))\(successor); hãy kiểm tra lại ngày họp "
                             + "/ the meeting is dated after its branch was dissolved")
        }
    }
}
