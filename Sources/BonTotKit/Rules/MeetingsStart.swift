/// When a branch is first held to its monthly and quarterly meetings (SPEC §3): from the month
/// it was founded in (`founded`) and from the month its minutes are kept in bontot
/// (`minutes_since`, the branch's own or else the site's), the later of the two. Every count of
/// missed months and quarters takes a branch's start from here.
extension Site {
    /// The month from which `branch`'s minutes are kept in bontot: its own `minutes_since`, else
    /// the site's; nil when neither says.
    public func minutesSince(of branch: Branch) -> YearMonth? {
        branch.minutesSince ?? config.minutesSince
    }

    /// The first month `branch` is held to meet in: the later of its founding month and its
    /// `minutesSince(of:)`; nil when it gives neither (held to every month on record).
    public func meetingsStart(of branch: Branch) -> YearMonth? {
        [branch.founded?.yearMonth, minutesSince(of: branch)].compactMap { $0 }.max()
    }

    /// True when `branch` is held to a regular meeting in `month`: it existed then
    /// (`Branch.exists(in:)`) and its minutes were kept in bontot by then.
    public func holdsToMeetings(_ branch: Branch, in month: YearMonth) -> Bool {
        branch.exists(in: month) && (meetingsStart(of: branch).map { month >= $0 } ?? true)
    }

    /// How many branches held to meet in `month` (`holdsToMeetings`) have minutes among
    /// `meetings`: the share "12/14 chi bộ đã có biên bản" counts no branch its whole leaves out,
    /// as one whose minutes are kept from a later month though older ones were entered.
    public func reportingBranches(_ meetings: [Minutes], in month: YearMonth) -> Int {
        Set(meetings.map(\.branchID).filter { id in branch(id: id).map { holdsToMeetings($0, in: month) } ?? false }).count
    }

    /// `meetingsStart(of:)` of every branch that has one, by id.
    public var meetingsStarts: [String: YearMonth] {
        Dictionary(branches.compactMap { branch in meetingsStart(of: branch).map { (branch.id, $0) } },
                   uniquingKeysWith: { first, _ in first })
    }
}
