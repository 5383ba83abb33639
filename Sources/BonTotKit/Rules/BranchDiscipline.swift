/// What a month of a branch's meetings looks like in the compliance grid.
public enum MeetingMonthStatus: String, Sendable {
    /// A regular meeting was held.
    case met
    /// A regular and a thematic meeting were held.
    case metWithThematic
    /// Only a thematic meeting: the regular meeting is still missing.
    case thematicOnly
    /// Neither a regular nor a thematic meeting.
    case missed

    /// True when the month lacks a regular meeting.
    public var isRegularMissing: Bool { self == .thematicOnly || self == .missed }
}

/// One branch's meetings in one month.
public struct MonthMeetings: Sendable, Equatable {
    public var month: YearMonth
    public var regular: Int
    public var thematic: Int
    /// Committee meetings (`cap-uy`) of the month.
    public var committee: Int = 0
    /// Extraordinary meetings (`bat-thuong`) of the month.
    public var extraordinary: Int = 0
    /// Mean attendance rate of the month's meetings that record attendance (committee meetings excluded).
    public var averageAttendance: Double?
    /// False for a month before the branch's minutes began to be kept in bontot
    /// (`minutes_since`), shown for the meetings it had: no month it is held to, nor missed.
    public var isExpected = true

    /// True when the branch was held to a regular meeting in the month and held none.
    public var isMissed: Bool { isExpected && status.isRegularMissing }

    /// Met, met with a thematic meeting, thematic only, or missed.
    public var status: MeetingMonthStatus {
        switch (regular > 0, thematic > 0) {
        case (true, true): return .metWithThematic
        case (true, false): return .met
        case (false, true): return .thematicOnly
        case (false, false): return .missed
        }
    }
}

/// One branch's thematic meetings in one quarter.
public struct QuarterMeetings: Sendable, Equatable {
    public var quarter: YearQuarter
    /// Thematic meetings held anywhere in the quarter.
    public var thematic: Int
    /// True when all three months of the quarter lie in the span looked at.
    public var isComplete: Bool
}

/// A branch's meeting discipline over a span of months (SPEC §3, Meeting discipline).
public struct BranchDiscipline: Sendable, Equatable {
    public var branchID: String
    /// One record per month of the span, oldest first.
    public var months: [MonthMeetings]
    /// Every quarter overlapping the span, oldest first.
    public var quarters: [QuarterMeetings]
    /// Mean attendance rate of the branch's meetings in the span (committee meetings excluded).
    public var averageAttendance: Double?

    /// Months of the span the branch was held to without a regular meeting.
    public var missedMonths: [YearMonth] {
        months.filter(\.isMissed).map(\.month)
    }

    /// The months the branch is held to, oldest first: all but those shown from before its
    /// minutes began (`MonthMeetings.isExpected`).
    public var expectedMonths: [MonthMeetings] {
        months.filter(\.isExpected)
    }

    /// Quarters overlapping the span without a thematic meeting.
    public var quartersWithoutThematic: [YearQuarter] {
        quarters.filter { $0.thematic == 0 }.map(\.quarter)
    }

    /// The record of `month`; nil outside the span, as before the branch was founded.
    public func record(of month: YearMonth) -> MonthMeetings? {
        months.first { $0.month == month }
    }

    /// True when the branch is held to a regular meeting in `month`: the month lies in its span,
    /// and its minutes were kept by then.
    public func isExpected(in month: YearMonth) -> Bool {
        record(of: month)?.isExpected ?? false
    }
}
