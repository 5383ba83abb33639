/// A party cell (chi bộ) and its profile, from `branches/<id>.yaml` or `.md`.
public struct Branch: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var kind: BranchKind
    public var parent: String?
    public var cluster: String?
    public var secretary: String?
    public var deputies: [String]
    public var committee: [String]
    public var members: MemberCount?
    public var exempt: Int?
    public var households: Int?
    public var assigned: HouseholdAssignment?
    public var founded: CalendarDate?
    /// The month from which this branch's minutes are kept in bontot (`minutes_since:`), when it
    /// began later (or earlier) than the site's; nil to follow the site's (`Site.meetingsStart(of:)`).
    public var minutesSince: YearMonth?
    /// The day the branch ceased to exist (dissolved, or merged into another): from then on it is
    /// held to no meeting and no score, and its pages keep its history.
    public var dissolved: CalendarDate?
    /// The branch it was merged into (sáp nhập), by id, when `dissolved` came of a merger.
    public var mergedInto: String?
    public var address: String?
    public var summary: String?
    /// Member classification counts by year, then by level id.
    public var memberRatings: [Int: [String: Int]]
    public var awards: [Award]
    public var photo: String?
    /// What `photo` shows, for a reader who cannot see it (`photo_alt:`); nil when the photo is
    /// decorative, shown with an empty alternative text.
    public var photoAlt: String?
    /// The Markdown introduction of a `.md` branch file.
    public var introduction: String
    public var source: SourceLocation
    /// The lines of `founded:`, `dissolved:` and `merged_into:` in the file (`foundedSource`,
    /// `dissolvedSource`, `mergedIntoSource`), nil when they are `source`'s.
    var foundedLine: Int?
    var dissolvedLine: Int?
    var mergedIntoLine: Int?
    var minutesSinceLine: Int?
    /// The line of each award's `year:`, in the order of `awards`, and of each year of
    /// `member_ratings` (by the year, written out): for the years told after today's.
    var awardYearLines: [Int] = []
    var ratingYearLines: [String: Int] = [:]

    /// Where the founding day is written: the `founded:` line, or `source`.
    public var foundedSource: SourceLocation {
        get { source.atLine(foundedLine) }
        set { foundedLine = newValue.line }
    }

    /// Where the day of the branch's end is written: the `dissolved:` line, or `source`.
    public var dissolvedSource: SourceLocation {
        get { source.atLine(dissolvedLine) }
        set { dissolvedLine = newValue.line }
    }

    /// Where the branch it was merged into is written: the `merged_into:` line, or `source`.
    public var mergedIntoSource: SourceLocation {
        get { source.atLine(mergedIntoLine) }
        set { mergedIntoLine = newValue.line }
    }

    /// Where the branch's `minutes_since:` is written, or `source`.
    public var minutesSinceSource: SourceLocation {
        get { source.atLine(minutesSinceLine) }
        set { minutesSinceLine = newValue.line }
    }

    public init(id: String, name: String, kind: BranchKind, source: SourceLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.deputies = []
        self.committee = []
        self.memberRatings = [:]
        self.awards = []
        self.introduction = ""
        self.source = source
    }

    /// True when the branch existed in `month`: founded in that month or before (or giving no
    /// founding date), and not dissolved before the month's end (see `lastMonth`). A branch
    /// founded later, or dissolved, is held to no meeting and no score then.
    public func exists(in month: YearMonth) -> Bool {
        (founded.map { $0.yearMonth <= month } ?? true) && (lastMonth.map { month <= $0 } ?? true)
    }

    /// The last month the branch existed in, for a dissolved branch: the month of the day before
    /// it was dissolved (dissolved on 01/07/2025, June is its last month; on 20/07/2025, July).
    public var lastMonth: YearMonth? {
        dissolved?.monthOfDayBefore
    }
}

/// Official and probationary members (đảng viên chính thức / dự bị).
public struct MemberCount: Sendable, Equatable, Codable {
    public var official: Int
    public var probationary: Int

    public init(official: Int, probationary: Int) {
        self.official = official
        self.probationary = probationary
    }

    public var total: Int { official + probationary }
}

/// Members assigned to look after households (đảng viên phụ trách hộ).
public struct HouseholdAssignment: Sendable, Equatable, Codable {
    public var members: Int
    public var households: Int
    public var max: Int?
    public var min: Int?

    public init(members: Int, households: Int, max: Int? = nil, min: Int? = nil) {
        self.members = members
        self.households = households
        self.max = max
        self.min = min
    }
}

/// A distinction a branch received.
public struct Award: Sendable, Equatable, Codable {
    public var year: Int
    public var title: String
    public var by: String?
    public var reason: String?

    public init(year: Int, title: String, by: String? = nil, reason: String? = nil) {
        self.year = year
        self.title = title
        self.by = by
        self.reason = reason
    }
}
