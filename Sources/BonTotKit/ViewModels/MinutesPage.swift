/// One meeting's page, `/sinh-hoat/<slug>/`: every field of the minutes in readable Vietnamese,
/// its quality under Hướng dẫn 12-HD/BTCTW, then the rendered body.
struct MinutesPage: Encodable {
    var chrome: PageChrome
    /// Which meeting's record the page is, as its `<h1>`, in the words of its `<title>`:
    /// `"Biên bản sinh hoạt thường kỳ ngày 05/09/2024 — Chi bộ ấp Ấp Bắc"`. (As the kind alone,
    /// every one of a portal's thousands of minutes pages had the same heading: in a screen
    /// reader's list of headings, a search result, a printed pile, one could not be told from another.)
    var heading: String
    /// `"Sinh hoạt thường kỳ"`.
    var kind: String
    var branch: BranchMention
    /// For a branch dissolved or merged since: a line under the title, linking the branch it was
    /// merged into (`EndingNotice`, short).
    var ending: EndingNotice?
    /// `"ngày 05 tháng 9 năm 2024"`.
    var date: String
    /// `2024-09-05`, for `<time datetime>`.
    var isoDate: String
    var monthLabel: String
    var monthHref: String
    var format: String
    var time: String?
    var topic: String?
    var chair: String?
    var recorder: String?
    var attendance: String?
    /// Who the attendance counts: "Cấp ủy viên dự họp" at a committee meeting, else "Đảng viên dự họp".
    var attendanceLabel: String
    var absenceCounts: String?
    var absent: [MinutesAbsentee]
    var hasAbsent: Bool
    var speakers: String?
    var guests: [String]
    var hasGuests: Bool
    var resolutions: [MinutesResolution]
    var hasResolutions: Bool
    var quality: MinutesQualityView?
    var bodyHTML: String
    var hasBody: Bool

    /// The page of `meeting`.
    init(_ meeting: Minutes, context: PortalContext) {
        let route = Route.minutes(meeting.slug)
        let links = context.links(from: route)
        branch = BranchMention(id: meeting.branchID, site: context.site, links: links)
        ending = context.site.branch(id: meeting.branchID).flatMap { EndingNotice.of($0, site: context.site, links: links, short: true) }
        let title = "\(MinutesText.title(meeting)) — \(branch.name)"
        chrome = context.chrome(
            title: title, route: route, section: .minutesIndex,
            trail: [("Sinh hoạt chi bộ", .minutesIndex), (MinutesText.monthHeading(meeting.date.yearMonth), .minutesMonth(meeting.date.yearMonth))],
            description: meeting.topic)
            .headingSheets(with: title)
        kind = meeting.kind.displayName
        heading = "Biên bản " + title.prefix(1).lowercased() + title.dropFirst()
        date = VietnameseFormat.longDate(meeting.date)
        isoDate = meeting.date.description
        monthLabel = MinutesText.monthHeading(meeting.date.yearMonth)
        monthHref = links.month(meeting.date.yearMonth)
        format = meeting.format.displayName
        time = MinutesText.timeSpan(meeting)
        topic = meeting.topic
        chair = meeting.chair
        recorder = meeting.recorder
        attendance = meeting.attendance.map(MinutesText.attendance)
        attendanceLabel = meeting.kind == .capUy ? "Cấp ủy viên dự họp" : "Đảng viên dự họp"
        absenceCounts = meeting.attendance.flatMap(MinutesText.absenceCounts)
        absent = meeting.absent.map { MinutesAbsentee(name: $0.name, reason: MinutesText.absenceReason($0)) }
        hasAbsent = !absent.isEmpty
        speakers = meeting.speakers.map { "\(VietnameseFormat.count($0)) đảng viên phát biểu" }
        guests = meeting.guests
        hasGuests = !guests.isEmpty
        resolutions = meeting.resolutions.map(MinutesResolution.init)
        hasResolutions = !resolutions.isEmpty
        quality = MinutesQualityView(meeting)
        // The body sits in a section of its own headed "Nội dung biên bản" (an <h2>): without
        // it, a body with no heading of its own came right after "Chất lượng buổi sinh hoạt"
        // and a reader moving by headings heard it as part of that section.
        bodyHTML = context.markdown.html(meeting.body, root: links.root, file: meeting.source.file, under: 2)
        hasBody = !bodyHTML.allSatisfy(\.isWhitespace)
    }
}

/// A member absent from a meeting, with the reason or "không lý do".
struct MinutesAbsentee: Encodable {
    var name: String
    var reason: String
}

/// A resolution of a meeting, with its deadline as `"hạn 30/10/2024"` when it has one.
struct MinutesResolution: Encodable {
    var text: String
    var deadline: String?

    init(_ resolution: Resolution) {
        text = resolution.text
        deadline = resolution.due.map(MinutesText.deadline)
    }
}
