/// A meeting as the home page and a branch profile list it: date, branch, kind, topic and
/// attendance ("36/40 (90 %)"), linked to its minutes.
struct HomeMeetingItem: Encodable {
    var href: String
    var date: String
    var isoDate: String
    var branchName: String
    /// "(đã sáp nhập vào Chi bộ …)" for a meeting dated on or after the day its branch ended
    /// (shown where the table has the branch's column: not on the branch's own profile).
    var endedMark: EndingNotice?
    var kind: String
    var meetingTopic: String?
    var attendance: String

    init(_ minutes: Minutes, site: Site, links: Links) {
        href = links.minutes(minutes.slug)
        date = VietnameseFormat.shortDate(minutes.date)
        isoDate = minutes.date.description
        branchName = site.branch(id: minutes.branchID)?.name ?? minutes.branchID
        endedMark = EndingNotice.mark(ofBranch: minutes.branchID, site: site, links: links, day: minutes.date)
        kind = minutes.kind.displayName
        meetingTopic = PortalFormat.present(minutes.topic)
        attendance = minutes.attendance.map(MinutesText.attendance) ?? "—"
    }
}
