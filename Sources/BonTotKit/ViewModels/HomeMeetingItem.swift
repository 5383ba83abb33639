/// A meeting as the home page and a branch profile list it: date, branch, kind, topic and
/// attendance ("36/40 (90 %)"), linked to its minutes.
struct HomeMeetingItem: Encodable {
    var href: String
    var date: String
    var isoDate: String
    var branchName: String
    var kind: String
    var meetingTopic: String?
    var attendance: String

    init(_ minutes: Minutes, site: Site, links: Links) {
        href = links.minutes(minutes.slug)
        date = VietnameseFormat.shortDate(minutes.date)
        isoDate = minutes.date.description
        branchName = site.branch(id: minutes.branchID)?.name ?? minutes.branchID
        kind = minutes.kind.displayName
        meetingTopic = PortalFormat.present(minutes.topic)
        attendance = minutes.attendance.map(MinutesText.attendance) ?? "—"
    }
}
