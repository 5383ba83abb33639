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
        let months = minutes.map(\.date.yearMonth)
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
    public static func discipline(of branchID: String, minutes: [Minutes], months: [YearMonth]) -> BranchDiscipline {
        let span = Array(Set(months)).sorted()
        let own = minutes.filter { $0.branchID == branchID }
        let byMonth = Dictionary(grouping: own, by: \.date.yearMonth)
        let monthRecords = span.map { month in
            let meetings = byMonth[month] ?? []
            return MonthMeetings(month: month, regular: meetings.filter { $0.kind == .thuongKy }.count,
                                 thematic: meetings.filter { $0.kind == .chuyenDe }.count,
                                 averageAttendance: mean(meetings.compactMap(attendanceRate)))
        }
        let inSpan = Set(span)
        let quarterRecords = Array(Set(span.map(YearQuarter.init))).sorted().map { quarter in
            QuarterMeetings(quarter: quarter,
                            thematic: quarter.months.reduce(0) { sum, month in
                                sum + (byMonth[month] ?? []).filter { $0.kind == .chuyenDe }.count
                            },
                            isComplete: quarter.months.allSatisfy(inSpan.contains))
        }
        let spanMeetings = span.flatMap { byMonth[$0] ?? [] }
        return BranchDiscipline(branchID: branchID, months: monthRecords, quarters: quarterRecords,
                                averageAttendance: mean(spanMeetings.compactMap(attendanceRate)))
    }

    /// The compliance grid: each branch's discipline over `months`, in the order of `branchIDs`.
    public static func grid(branchIDs: [String], minutes: [Minutes], months: [YearMonth]) -> [BranchDiscipline] {
        let byBranch = Dictionary(grouping: minutes, by: \.branchID)
        return branchIDs.map { discipline(of: $0, minutes: byBranch[$0] ?? [], months: months) }
    }

    /// Mean attendance rate of all branches' meetings per month of `months` that has any.
    public static func monthlyAttendance(minutes: [Minutes], months: [YearMonth]) -> [YearMonth: Double] {
        let wanted = Set(months)
        let byMonth = Dictionary(grouping: minutes.filter { wanted.contains($0.date.yearMonth) }, by: \.date.yearMonth)
        return byMonth.compactMapValues { mean($0.compactMap(attendanceRate)) }
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
