/// A meeting dated before its branch was founded: the date, or the branch's `founded`, is
/// wrong. A warning, for the build can go on; but the meeting lies outside the months the
/// branch is held to (SPEC §3, Meeting discipline), so its profile's monthly record leaves it out.
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
    }
}
