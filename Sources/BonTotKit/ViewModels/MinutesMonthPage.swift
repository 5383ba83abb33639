/// A month of meetings, `/sinh-hoat/<yyyy>/<mm>/`: every meeting held, the month's figures, and
/// the branches that held no regular meeting; in a district, of its chi bộ trực thuộc, as it says.
struct MinutesMonthPage: Encodable {
    var chrome: PageChrome
    /// `"Sinh hoạt chi bộ tháng 9 năm 2024"`; in a district "Sinh hoạt các chi bộ trực thuộc tháng …".
    var heading: String
    var figures: [MinutesFigure]
    /// `"Tỷ lệ đảng viên dự họp bình quân: 85,3 %."`, when any meeting records attendance.
    var attendanceSentence: String?
    var rows: [MinutesRow]
    var hasRows: Bool
    /// `"03/05 chi bộ chưa sinh hoạt thường kỳ trong tháng:"`, or that every branch met.
    var missingSentence: String
    var missing: [MinutesMissingBranch]
    var hasMissing: Bool
    var previous: MinutesMonthLink?
    var next: MinutesMonthLink?
    /// Whether there is another month to go to: without one the page has no "Tháng khác"
    /// navigation, which a screen reader would announce empty.
    var hasPager: Bool
    var bulletin: MinutesMonthLink?

    /// The page of `month`, whose meetings are `meetings` (in date order).
    init(month: YearMonth, meetings: [Minutes], months: [YearMonth], hasBulletin: Bool, context: PortalContext) {
        let route = Route.minutesMonth(month)
        let links = context.links(from: route)
        let site = context.site
        let ownOnly = context.district != nil
        heading = "Sinh hoạt \(ownOnly ? "các chi bộ trực thuộc" : "chi bộ") \(VietnameseFormat.monthYear(month))"
        chrome = context.chrome(title: heading, route: route, section: .minutesIndex,
                                trail: [("Sinh hoạt chi bộ", .minutesIndex)])
            .headingSheets(with: heading)
        let regular = meetings.filter { $0.kind == .thuongKy }.count
        let thematic = meetings.filter { $0.kind == .chuyenDe }.count
        figures = [
            MinutesFigure(value: VietnameseFormat.count(meetings.count), label: "cuộc sinh hoạt, họp"),
            MinutesFigure(value: VietnameseFormat.count(regular), label: "sinh hoạt thường kỳ"),
            MinutesFigure(value: VietnameseFormat.count(thematic), label: "sinh hoạt chuyên đề"),
            MinutesFigure(value: VietnameseFormat.count(meetings.count - regular - thematic), label: "họp cấp ủy, bất thường"),
        ]
        attendanceSentence = MeetingDiscipline.pooledAttendance(meetings)
            .map { "Tỷ lệ đảng viên dự họp bình quân: \(VietnameseFormat.percent($0, for: .page))." }
        rows = meetings.map { MinutesRow($0, site: site, links: links) }
        hasRows = !rows.isEmpty
        let missingRecords = context.analysis.discipline.compactMap { discipline in
            discipline.months.first { $0.month == month && $0.isMissed }.map { (discipline.branchID, $0) }
        }
        missing = VietnameseCollation.sorted(missingRecords.map { id, record in
            MinutesMissingBranch(branch: BranchMention(id: id, site: site, links: links),
                                 note: record.status == .thematicOnly ? "chỉ sinh hoạt chuyên đề" : nil)
        }) { $0.branch.name }
        hasMissing = !missing.isEmpty
        // A branch founded after the month, or whose minutes were kept from a later one, was not yet held to meet in it.
        let branchCount = context.analysis.discipline.filter { $0.isExpected(in: month) }.count
        let branches = ownOnly ? "chi bộ trực thuộc" : "chi bộ"
        missingSentence = hasMissing
            ? "\(VietnameseFormat.count(missing.count))/\(VietnameseFormat.count(branchCount)) \(branches) chưa sinh hoạt thường kỳ trong tháng:"
            : branchCount == 0
            // Before every branch's minutes were kept in bontot (`minutes_since`): nobody is counted.
            ? "Tháng này chưa tính nền nếp sinh hoạt: biên bản của các \(branches) được theo dõi "
                + (site.branches.compactMap(site.meetingsStart(of:)).filter { $0 > month }.min()
                    .map { "từ \(VietnameseFormat.monthYear($0))." } ?? "từ tháng sau.")
            : "Tất cả \(VietnameseFormat.count(branchCount)) \(branches) đều sinh hoạt thường kỳ trong tháng."
        let position = months.firstIndex(of: month)
        previous = position.flatMap { $0 > 0 ? months[$0 - 1] : nil }
            .map { MinutesMonthLink(label: MinutesText.monthHeading($0), href: links.month($0)) }
        next = position.flatMap { $0 + 1 < months.count ? months[$0 + 1] : nil }
            .map { MinutesMonthLink(label: MinutesText.monthHeading($0), href: links.month($0)) }
        hasPager = previous != nil || next != nil
        bulletin = hasBulletin
            ? MinutesMonthLink(label: BulletinTitle.of(month), href: links.bulletin(month)) : nil
    }
}

/// A headline figure: `"02"` over `"sinh hoạt thường kỳ"`.
struct MinutesFigure: Encodable {
    var value: String
    var label: String
}

/// A branch that held no regular meeting in a month, with a note when it held a thematic one.
struct MinutesMissingBranch: Encodable {
    var branch: BranchMention
    var note: String?
}

/// A link to another month's page.
struct MinutesMonthLink: Encodable {
    var label: String
    var href: String
}
