/// One unit (đảng bộ cơ sở) of a district as the district's pages count it: its branches,
/// members and households (with those of any units of its own), and per period how many of
/// its branches hold "Chi bộ 4 tốt" and which.
public struct UnitFigures: Sendable, Codable {
    public var id: String
    /// The unit's organisation (`Đảng bộ xã Hòa Thuận`), from its `site.yaml`.
    public var name: String
    public var branches: Int
    public var members: Int
    public var households: Int
    /// Period → the unit's branches holding "Chi bộ 4 tốt" in its own ranking of that period
    /// (and, for a unit with units of its own, in theirs).
    public var fourGoodBranches: [Period: [FourGoodBranch]]
    /// What the unit did in each month, for the district's bulletin.
    public var months: [YearMonth: UnitMonth]

    /// The figures of the unit `id`, whose site is `site`, ranked by `analysis`; `units` are the
    /// figures of the units it lists itself, whose branches count as its own.
    public init(id: String, site: Site, analysis: SiteAnalysis, units: [UnitFigures] = []) {
        self.id = id
        name = site.config.organization
        branches = site.branches.count + units.reduce(0) { $0 + $1.branches }
        members = site.branches.reduce(0) { $0 + ($1.members?.total ?? 0) } + units.reduce(0) { $0 + $1.members }
        households = site.branches.reduce(0) { $0 + ($1.households ?? 0) } + units.reduce(0) { $0 + $1.households }
        var titled: [Period: [FourGoodBranch]] = [:]
        for ranking in analysis.rankings {
            titled[ranking.period] = ranking.rows.filter(\.isFourGood).map {
                FourGoodBranch(unitPath: [id], branchID: $0.branchID, name: $0.branchName)
            }
        }
        for unit in units {
            for (period, branches) in unit.fourGoodBranches {
                titled[period, default: []] += branches.map { FourGoodBranch(unitPath: [id] + $0.unitPath, branchID: $0.branchID, name: $0.name) }
            }
        }
        fourGoodBranches = titled
        var months: [YearMonth: UnitMonth] = [:]
        for meeting in site.minutes {
            months[meeting.date.yearMonth, default: UnitMonth()].meetings += 1
            if let attendance = meeting.attendance {
                months[meeting.date.yearMonth, default: UnitMonth()].present += attendance.present
                months[meeting.date.yearMonth, default: UnitMonth()].expected += attendance.expected
            }
        }
        for story in site.stories.reversed() {
            months[story.date.yearMonth, default: UnitMonth()].stories.append(UnitStory(slug: story.slug, title: story.title))
        }
        self.months = months
    }

    /// The share of the unit's branches holding "Chi bộ 4 tốt" in `period`; nil when the unit
    /// ranked none of its branches then.
    public func fourGoodShare(_ period: Period) -> Double? {
        guard let titled = fourGoodBranches[period] else { return nil }
        return branches > 0 ? Double(titled.count) / Double(branches) : 0
    }
}

/// A branch holding "Chi bộ 4 tốt" in a period, known across the district as `<unit>/<branch>`.
public struct FourGoodBranch: Sendable, Equatable, Codable {
    /// The units it lies in, from the district down (`["xa-a"]`; deeper for a unit of a unit);
    /// empty for a chi bộ trực thuộc the district directly.
    public var unitPath: [String]
    public var branchID: String
    public var name: String
}

/// What one unit did in one month: its meetings with their attendance, and its stories.
public struct UnitMonth: Sendable, Equatable, Codable {
    public var meetings = 0
    /// Members present and expected, summed over the meetings that give attendance.
    public var present = 0
    public var expected = 0
    /// The month's stories, oldest first.
    public var stories: [UnitStory] = []
}

/// A story of a unit, by its slug in the unit's portal.
public struct UnitStory: Sendable, Equatable, Codable {
    public var slug: String
    public var title: String
}
