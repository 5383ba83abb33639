/// Checks the regular monthly and thematic quarterly meetings and their attendance (SPEC §3).
public enum MeetingDiscipline {
    /// Every month from `first` through `last`, in order; empty when `last` is before `first`.
    public static func months(from first: YearMonth, through last: YearMonth) -> [YearMonth] {
        var months: [YearMonth] = []
        var month = first
        while month <= last {
            months.append(month)
            month = month.next
        }
        return months
    }

    /// The months from the earliest to the latest meeting, both included, in the years that
    /// have a meeting: a year without minutes is not a year of missed meetings. So the months
    /// (and the pages made of them) are at most twelve per year of minutes, however far apart
    /// two dates are.
    public static func coveredMonths(of minutes: [Minutes]) -> [YearMonth] {
        coveredMonths(meetingMonths: minutes.map(\.date.yearMonth))
    }

    /// The months covered, as `coveredMonths(of:)` says, by meetings held in `months` (each
    /// month may come any number of times): a district's, whose meetings are its units' too.
    public static func coveredMonths(meetingMonths months: [YearMonth]) -> [YearMonth] {
        guard let first = months.min(), let last = months.max() else { return [] }
        return Set(months.map(\.year)).sorted().flatMap { year in
            let from = year == first.year ? first.month : 1
            let through = year == last.year ? last.month : 12
            return (from...through).map { YearMonth(year: year, month: $0) }
        }
    }

    /// The attendance rate of a meeting that records one; committee meetings (`cap-uy`) have none,
    /// since only the committee is expected.
    public static func attendanceRate(_ meeting: Minutes) -> Double? {
        meeting.kind == .capUy ? nil : meeting.attendance?.rate
    }

    /// One branch's discipline over `months`, from its minutes (other branches' are ignored).
    /// A branch founded in `founded` is held to the months from that one on, and one dissolved
    /// to the months through `lastMonth`: the months it did not exist in are no months it
    /// missed, and a quarter it did not exist in throughout is not complete for it (so never
    /// counted as missing its thematic meeting). `heldFrom` (`Site.meetingsStart(of:)`), when
    /// later, is the month its minutes began to be kept in bontot: a month before it is no month
    /// missed either, but one with meetings still shows them (`MonthMeetings.isExpected` false).
    public static func discipline(of branchID: String, minutes: [Minutes], months: [YearMonth],
                                  founded: YearMonth? = nil, lastMonth: YearMonth? = nil,
                                  heldFrom: YearMonth? = nil) -> BranchDiscipline {
        discipline(of: branchID, minutes: minutes, distinctMonths: Array(Set(months)).sorted(),
                   bounds: Bounds(founded: founded, lastMonth: lastMonth, heldFrom: heldFrom))
    }

    /// Where a branch's record begins and ends: see `discipline(of:minutes:months:founded:lastMonth:heldFrom:)`.
    private struct Bounds {
        var founded: YearMonth?
        var lastMonth: YearMonth?
        var heldFrom: YearMonth?

        /// True when the branch existed in `month`.
        func exists(in month: YearMonth) -> Bool {
            (founded.map { month >= $0 } ?? true) && (lastMonth.map { month <= $0 } ?? true)
        }

        /// True when the branch is held to meet in `month`, which it existed in.
        func holds(_ month: YearMonth) -> Bool {
            heldFrom.map { month >= $0 } ?? true
        }
    }

    /// `discipline(of:minutes:months:founded:lastMonth:heldFrom:)` over `distinctMonths`,
    /// sorted, each once: the grid sorts the site's months once for all its branches.
    private static func discipline(of branchID: String, minutes: [Minutes], distinctMonths: [YearMonth],
                                   bounds: Bounds) -> BranchDiscipline {
        let own = minutes.filter { $0.branchID == branchID }
        let byMonth = Dictionary(grouping: own, by: \.date.yearMonth)
        // The months it is held to, and before those the months it met in all the same.
        let span = distinctMonths.filter { month in
            bounds.exists(in: month) && (bounds.holds(month) || byMonth[month] != nil)
        }
        let monthRecords = span.map { month in
            let meetings = byMonth[month] ?? []
            let regular = meetings.count(where: { $0.kind == .thuongKy })
            let thematic = meetings.count(where: { $0.kind == .chuyenDe })
            return MonthMeetings(month: month, regular: regular, thematic: thematic,
                                 committee: meetings.count(where: { $0.kind == .capUy }),
                                 extraordinary: meetings.count(where: { $0.kind == .batThuong }),
                                 averageAttendance: pooledAttendance(meetings), isExpected: bounds.holds(month))
        }
        let held = Set(span.filter(bounds.holds))
        let quarterRecords = Array(Set(span.map(YearQuarter.init))).sorted().map { quarter in
            QuarterMeetings(quarter: quarter,
                            thematic: quarter.months.reduce(0) { sum, month in
                                sum + (byMonth[month] ?? []).count(where: { $0.kind == .chuyenDe })
                            },
                            isComplete: quarter.months.allSatisfy(held.contains))
        }.filter { quarter in
            // A quarter wholly before the branch's minutes began shows only a thematic meeting held.
            quarter.thematic > 0 || quarter.quarter.months.contains(where: held.contains)
        }
        let spanMeetings = span.flatMap { byMonth[$0] ?? [] }
        return BranchDiscipline(branchID: branchID, months: monthRecords, quarters: quarterRecords,
                                averageAttendance: pooledAttendance(spanMeetings))
    }

    /// The compliance grid: each branch's discipline over `months`, in the order of `branchIDs`;
    /// `founded` gives, by branch id, the month a branch was founded in, `lastMonths` the last
    /// month of a dissolved one, `heldFrom` the month it is held to meet from
    /// (`Site.meetingsStarts`; see `discipline(of:…)`).
    public static func grid(branchIDs: [String], minutes: [Minutes], months: [YearMonth],
                            founded: [String: YearMonth] = [:], lastMonths: [String: YearMonth] = [:],
                            heldFrom: [String: YearMonth] = [:]) -> [BranchDiscipline] {
        grid(branchIDs: branchIDs, byBranch: Dictionary(grouping: minutes, by: \.branchID), months: months, founded: founded,
             lastMonths: lastMonths, heldFrom: heldFrom)
    }

    /// The compliance grid from the minutes already grouped by branch.
    static func grid(branchIDs: [String], byBranch: [String: [Minutes]], months: [YearMonth],
                     founded: [String: YearMonth] = [:], lastMonths: [String: YearMonth] = [:],
                     heldFrom: [String: YearMonth] = [:]) -> [BranchDiscipline] {
        let distinctMonths = Array(Set(months)).sorted()
        return Parallel.map(branchIDs) {
            discipline(of: $0, minutes: byBranch[$0] ?? [], distinctMonths: distinctMonths,
                       bounds: Bounds(founded: founded[$0], lastMonth: lastMonths[$0], heldFrom: heldFrom[$0]))
        }
    }

    /// The discipline of `branch` of `site` over `months`, within the bounds its file and the
    /// site's `minutes_since` set: for a page that has no `SiteAnalysis` record of it.
    public static func discipline(of branch: Branch, in site: Site, minutes: [Minutes], months: [YearMonth]) -> BranchDiscipline {
        discipline(of: branch.id, minutes: minutes, months: months, founded: branch.founded?.yearMonth,
                   lastMonth: branch.lastMonth, heldFrom: site.meetingsStart(of: branch))
    }

    /// The last month of each dissolved branch of `branches`, by id (`Branch.lastMonth`).
    public static func lastMonths(_ branches: [Branch]) -> [String: YearMonth] {
        Dictionary(branches.compactMap { branch in branch.lastMonth.map { (branch.id, $0) } },
                   uniquingKeysWith: { first, _ in first })
    }

    /// The month each branch of `branches` that gives a founding date was founded in, by id.
    public static func foundingMonths(_ branches: [Branch]) -> [String: YearMonth] {
        Dictionary(branches.compactMap { branch in branch.founded.map { (branch.id, $0.yearMonth) } },
                   uniquingKeysWith: { first, _ in first })
    }

    /// The attendance rate of all branches' meetings per month of `months` that has any.
    public static func monthlyAttendance(minutes: [Minutes], months: [YearMonth]) -> [YearMonth: Double] {
        let wanted = Set(months)
        let byMonth = Dictionary(grouping: minutes.filter { wanted.contains($0.date.yearMonth) }, by: \.date.yearMonth)
        return byMonth.compactMapValues(pooledAttendance)
    }

    /// The attendance rate of several meetings together (SPEC §3: present ÷ expected), summed
    /// over the meetings that record attendance, committee meetings excluded: 18/20 and 24/25
    /// give 42/45 = 93,3 %, not the mean of 90 % and 96 %. Nil when none records any.
    public static func pooledAttendance(_ meetings: [Minutes]) -> Double? {
        pooledCounts(meetings)?.rate
    }

    /// The members present and expected that `pooledAttendance` divides; nil when no meeting
    /// records any. Kept apart so that months of several sites add up to the same rate.
    public static func pooledCounts(_ meetings: [Minutes]) -> Attendance? {
        var present = 0, expected = 0
        for meeting in meetings where meeting.kind != .capUy {
            guard let attendance = meeting.attendance, attendance.expected > 0 else { continue }
            present += attendance.present
            expected += attendance.expected
        }
        return expected > 0 ? Attendance(present: present, expected: expected) : nil
    }
}
