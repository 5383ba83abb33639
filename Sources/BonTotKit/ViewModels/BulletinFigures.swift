/// "The month in figures": meetings held, regular and thematic, average attendance, and the
/// branches that held no regular meeting.
struct BulletinFigures: Encodable {
    /// `"Trong tháng 9 năm 2024, các chi bộ tổ chức 02 cuộc sinh hoạt, …"`.
    var sentence: String
    /// How many meetings were held in the month.
    var meetings: Int
    var rows: [BulletinFigure]
    /// `"03/05 chi bộ chưa sinh hoạt thường kỳ trong tháng:"`, or nil when every branch met.
    var missingSentence: String?
    var missing: [BranchMention]
    var hasMissing: Bool

    /// The figures of `meetings`, the month's minutes of the site of `context`; in a district,
    /// those of the whole district (see `init(month:district:context:links:)`).
    init(month: YearMonth, meetings: [Minutes], context: PortalContext, links: Links) {
        if let district = context.district {
            self.init(month: month, district: district, context: context, links: links)
            return
        }
        let site = context.site
        let covered = context.analysis.months.contains(month)
        // Outside the months the minutes cover there is no record to say who met.
        let missingIDs = covered
            ? context.analysis.discipline.filter { discipline in
                discipline.months.contains { $0.month == month && $0.isMissed }
            }.map(\.branchID)
            : []
        self.init(month: month, held: "các chi bộ",
                  counts: (meetings.count, meetings.filter { $0.kind == .thuongKy }.count, meetings.filter { $0.kind == .chuyenDe }.count),
                  attendance: MeetingDiscipline.pooledAttendance(meetings),
                  missing: missingIDs.map { BranchMention(id: $0, site: site, links: links) },
                  branches: Self.heldCount(covered ? context.analysis.discipline.filter { $0.isExpected(in: month) }.count : nil),
                  branchNoun: "chi bộ")
    }

    /// A district's month: the meetings of the whole district, its own branches' and its
    /// units', as its home and `/don-vi/` count them, for the Quận ủy's bulletin speaks for the
    /// whole đảng bộ; but the branches that held no regular meeting are its chi bộ trực thuộc
    /// alone, named, for they are the ones the district itself answers for (each unit's
    /// bulletin names its own), and the line says so. The months the whole district's minutes
    /// cover are on record for them, a month where nobody met too, as a commune's bulletin counts
    /// its branches in every month its own minutes cover. A district with no chi bộ trực thuộc in
    /// the month has no such line (`BulletinScope.hasOwnBranches`).
    private init(month: YearMonth, district: DistrictAnalysis, context: PortalContext, links: Links) {
        let site = context.site
        let done = district.month(month) ?? UnitMonth()
        let covered = district.coveredMonths.contains(month) || context.analysis.months.contains(month)
        // A branch founded after the month, or whose minutes were kept from a later one, was not
        // yet held to meet in it.
        let existing = site.branches.filter { site.holdsToMeetings($0, in: month) }
        let missingIDs = covered
            ? existing.filter { branch in
                MeetingDiscipline.discipline(of: branch, in: site, minutes: site.minutes, months: [month]).months.contains(where: \.isMissed)
            }.map(\.id)
            : []
        self.init(month: month, held: "các chi bộ trong toàn Đảng bộ", counts: (done.meetings, done.regular, done.thematic),
                  attendance: done.attendance?.rate,
                  missing: missingIDs.map { BranchMention(id: $0, site: site, links: links) },
                  branches: Self.heldCount(covered ? existing.count : nil),
                  branchNoun: "chi bộ trực thuộc", missingPlace: " \(site.config.signingBody)",
                  countsBranches: BulletinScope(month: month, context: context).hasOwnBranches)
    }

    /// The sentence and table of a month with `counts` (all, regular, thematic) meetings held by
    /// `held`, of whose `branches` (`branchNoun`) those in `missing` held no regular meeting;
    /// `branches` is nil outside the months on record; without `countsBranches` the table has no
    /// line for them.
    private init(month: YearMonth, held: String, counts: (all: Int, regular: Int, thematic: Int), attendance: Double?,
                 missing: [BranchMention], branches: Int?, branchNoun: String, missingPlace: String = "", countsBranches: Bool = true) {
        self.missing = VietnameseCollation.sorted(missing) { $0.name }
        hasMissing = !missing.isEmpty
        meetings = counts.all
        let capitalNoun = branchNoun.prefix(1).uppercased() + branchNoun.dropFirst()
        rows = [
            BulletinFigure(label: "Cuộc sinh hoạt, họp chi bộ", value: VietnameseFormat.count(counts.all)),
            BulletinFigure(label: "Trong đó sinh hoạt thường kỳ", value: VietnameseFormat.count(counts.regular)),
            BulletinFigure(label: "Trong đó sinh hoạt chuyên đề", value: VietnameseFormat.count(counts.thematic)),
            BulletinFigure(label: "Tỷ lệ đảng viên dự họp bình quân", value: attendance.map { VietnameseFormat.percent($0, for: .page) } ?? "—"),
        ]
        if countsBranches {
            rows.append(BulletinFigure(label: "\(capitalNoun) chưa sinh hoạt thường kỳ",
                                       value: branches.map { "\(VietnameseFormat.count(missing.count))/\(VietnameseFormat.count($0))" } ?? "—"))
        }
        let attendanceClause = attendance.map { "; tỷ lệ đảng viên dự họp bình quân \(VietnameseFormat.percent($0, for: .page))" } ?? ""
        let regularClause: String = Self.meetingCount(counts.regular, "sinh hoạt thường kỳ")
        let thematicClause: String = Self.meetingCount(counts.thematic, "sinh hoạt chuyên đề")
        let heldClause: String = "\(held) tổ chức \(VietnameseFormat.count(counts.all)) cuộc sinh hoạt, họp, trong đó "
        sentence = counts.all == 0
            ? "Trong \(VietnameseFormat.monthYear(month)), chưa có biên bản sinh hoạt chi bộ nào được gửi về."
            : "Trong \(VietnameseFormat.monthYear(month)), \(heldClause)\(regularClause) và \(thematicClause)\(attendanceClause)."
        missingSentence = hasMissing
            ? "\(VietnameseFormat.count(missing.count))/\(VietnameseFormat.count(branches ?? 0)) \(branchNoun)\(missingPlace) chưa sinh hoạt thường kỳ trong tháng:"
            : nil
    }

    /// The branches held to meet in the month, nil when none is (a month before every branch's
    /// `minutes_since`): "—", not "00/00", as outside the months on record.
    private static func heldCount(_ count: Int?) -> Int? {
        count == 0 ? nil : count
    }

    /// `"02 cuộc sinh hoạt chuyên đề"`, or `"không có cuộc sinh hoạt chuyên đề nào"` for none.
    private static func meetingCount(_ count: Int, _ kind: String) -> String {
        count == 0 ? "không có cuộc \(kind) nào" : "\(VietnameseFormat.count(count)) cuộc \(kind)"
    }
}

/// A line of the figures table.
struct BulletinFigure: Encodable {
    var label: String
    var value: String
}
