/// A meeting dated before its branch was founded, or on or after the day it was dissolved: the
/// date, or the branch's `founded` or `dissolved`, is wrong (or the meeting belongs to the branch
/// it was merged into). A warning, for the build can go on; but the meeting lies outside the
/// months the branch is held to (SPEC §3, Meeting discipline), so its profile's monthly record
/// leaves it out.
enum MinutesBeforeFoundingCheck {
    /// One warning in each minutes file dated before the founding day of the branch it names,
    /// naming the line of the branch's file from the top site (the site lying in `siteFolder`).
    static func check(_ minutes: [Minutes], branches: [Branch], siteFolder: String = "", sink: DiagnosticSink) {
        // Positions, not copies: a branch is read in place only for the meetings of a branch
        // that gives a date.
        let positions = Dictionary(branches.indices.compactMap { index in
            branches[index].founded != nil || branches[index].dissolved != nil ? (branches[index].id, index) : nil
        }, uniquingKeysWith: { first, _ in first })
        guard !positions.isEmpty else { return }
        // Every branch by id, to follow a merger into one merged in turn (MergerChain).
        let byID = Dictionary(branches.indices.map { (branches[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        for meeting in minutes {
            guard let index = positions[meeting.branchID] else { continue }
            if let day = branches[index].founded, meeting.date < day {
                let branch = branches[index]
                sink.warning(meeting.dateSource, field: "date",
                             "biên bản ghi \(VietnameseFormat.longDate(meeting.date)), trước ngày thành lập "
                                 + "\(branch.name) (\(VietnameseFormat.longDate(day)), ghi ở \(siteFolder)\(branch.foundedSource)); "
                                 + "hãy kiểm tra lại ngày họp hoặc ngày thành lập / the meeting is dated before its branch was founded")
            }
            if let day = branches[index].dissolved, meeting.date >= day {
                let branch = branches[index]
                let successor = branch.mergedInto.map { first in
                    MergerChain.successor(first, on: meeting.date) { id in
                        byID[id].map { (dissolved: branches[$0].dissolved, mergedInto: branches[$0].mergedInto) }
                    }
                }.map { " (nếu là buổi họp của chi bộ mới, hãy ghi 'branch: \($0)')" } ?? ""
                sink.warning(meeting.dateSource, field: "date",
                             "biên bản ghi \(VietnameseFormat.longDate(meeting.date)), từ ngày \(branch.name) "
                                 + "\(branch.mergedInto == nil ? "giải thể" : "sáp nhập") (\(VietnameseFormat.longDate(day)), ghi ở "
                                 + "\(siteFolder)\(branch.dissolvedSource))\(successor); hãy kiểm tra lại ngày họp "
                                 + "/ the meeting is dated after its branch was dissolved")
            }
        }
    }
}
