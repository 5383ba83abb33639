/// The resolutions a branch adopted in the month, meeting by meeting.
struct BulletinBranchResolutions: Encodable {
    var branch: BranchMention
    var meetings: [BulletinMeetingResolutions]

    /// The resolutions of `meetings`, grouped by branch in Vietnamese order of the branch name.
    static func grouped(_ meetings: [Minutes], site: Site, links: Links) -> [BulletinBranchResolutions] {
        let groups = Dictionary(grouping: meetings.filter { !$0.resolutions.isEmpty }, by: \.branchID)
        let branches = groups.sorted { $0.key < $1.key }.map { id, meetings in
            BulletinBranchResolutions(branch: BranchMention(id: id, site: site, links: links, day: meetings.map(\.date).max()),
                                      meetings: meetings.map { BulletinMeetingResolutions($0, links: links) })
        }
        return VietnameseCollation.sorted(branches) { $0.branch.name }
    }
}

/// The resolutions of one meeting: `"Sinh hoạt thường kỳ ngày 05/09/2024"` and each decision.
struct BulletinMeetingResolutions: Encodable {
    var meeting: String
    var meetingHref: String
    var items: [MinutesResolution]

    init(_ meeting: Minutes, links: Links) {
        self.meeting = MinutesText.title(meeting)
        meetingHref = links.minutes(meeting.slug)
        items = meeting.resolutions.map(MinutesResolution.init)
    }
}

/// A resolution that falls due in the month after the bulletin's: its deadline, text and branch.
struct BulletinDueResolution: Encodable {
    /// `"30/10/2024"`.
    var dueDate: String
    var text: String
    var branch: BranchMention
    var meetingHref: String

    /// What falls due in a month, by deadline, then branch name, then text. A task a later
    /// meeting of the branch recorded again (same text, same deadline) is one row, linked to the
    /// meeting that recorded it first: two identical rows read as a printing fault.
    static func list(_ items: [(Resolution, Minutes)], site: Site, links: Links) -> [BulletinDueResolution] {
        var seen = Set<[String]>()
        let distinct = items.sorted { ($0.1.date, $0.1.slug) < ($1.1.date, $1.1.slug) }.filter { resolution, meeting in
            seen.insert([resolution.due.map(VietnameseFormat.shortDate) ?? "", meeting.branchID, resolution.text]).inserted
        }
        let dated = distinct.compactMap { resolution, meeting in
            resolution.due.map { due in
                (due, BulletinDueResolution(dueDate: VietnameseFormat.shortDate(due), text: resolution.text,
                                            branch: BranchMention(id: meeting.branchID, site: site, links: links, day: due),
                                            meetingHref: links.minutes(meeting.slug)))
            }
        }
        return dated.sorted { lhs, rhs in
            if lhs.0 != rhs.0 { return lhs.0 < rhs.0 }
            if lhs.1.branch.name != rhs.1.branch.name {
                return VietnameseCollation.areInIncreasingOrder(lhs.1.branch.name, rhs.1.branch.name)
            }
            return VietnameseCollation.areInIncreasingOrder(lhs.1.text, rhs.1.text)
        }.map(\.1)
    }
}
