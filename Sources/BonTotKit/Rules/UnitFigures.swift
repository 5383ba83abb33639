/// One unit (đảng bộ cơ sở) of a district as the district's pages count it: its branches,
/// members and households (with those of any units of its own), and per period how many of
/// its branches hold "Chi bộ 4 tốt" and which, and how many reach the top level.
public struct UnitFigures: Sendable, Codable {
    public var id: String
    /// The unit's organisation (`Đảng bộ xã Hòa Thuận`), from its `site.yaml`.
    public var name: String
    /// The committee above the unit as its own `site.yaml` names it (`parent`), if it does.
    public var parent: String?
    /// The unit's branches that exist now (not dissolved).
    public var branches: Int
    /// The founding months of the unit's branches that give one, dissolved ones too: a branch
    /// founded after a period was no branch of the unit in it.
    public var foundings: [YearMonth]
    /// The months the unit's branches are held to meet from (`Site.meetingsStart(of:)`: founded,
    /// or `minutes_since` when later), of those giving one, dissolved ones too.
    public var meetingStarts: [YearMonth]
    /// The last months of the unit's dissolved branches (`Branch.lastMonth`): a branch dissolved
    /// before a period was no branch of the unit in it.
    public var endings: [YearMonth]
    public var members: Int
    public var households: Int
    /// Period → the unit's branches holding "Chi bộ 4 tốt" in its own ranking of that period
    /// (and, for a unit with units of its own, in theirs).
    public var fourGoodBranches: [Period: [FourGoodBranch]]
    /// What the unit's own scales call the title its branches hold (`four_good.title`), by year.
    public var branchTitles: UnitBranchTitles
    /// Period → how many of the unit's branches reach the top level of its rubric ("hoàn thành
    /// xuất sắc nhiệm vụ") in its own ranking of that period (and in those of its own units).
    public var topLevelBranches: [Period: Int]
    /// What the unit did in each month, for the district's bulletin.
    public var months: [YearMonth: UnitMonth]
    /// For a unit listing units of its own (a district in a province), the organisations under
    /// it through every level; nil for a đảng bộ cơ sở (`organizationsWithin`).
    public var organizations: PartyOrganizations?

    /// The figures of the unit `id`, whose site is `site`, ranked by `analysis`; `units` are the
    /// figures of the units it lists itself, whose branches count as its own.
    public init(id: String, site: Site, analysis: SiteAnalysis, units: [UnitFigures] = []) {
        self.id = id
        name = site.config.organization
        parent = site.config.parent
        let current = site.currentBranches
        // Its units merged or dissolved count no more in its branches, members and households,
        // as a district's own figures leave them out (`DistrictAnalysis.currentUnits`).
        let ended = Set(site.config.units.filter { $0.dissolved != nil }.map(\.id))
        let currentUnits = units.filter { !ended.contains($0.id) }
        branches = current.count + currentUnits.reduce(0) { $0 + $1.branches }
        foundings = (site.branches.compactMap { $0.founded?.yearMonth } + units.flatMap(\.foundings)).sorted()
        endings = (site.branches.compactMap(\.lastMonth) + units.flatMap(\.endings)).sorted()
        meetingStarts = (site.branches.compactMap(site.meetingsStart(of:)) + units.flatMap(\.meetingStarts)).sorted()
        members = current.reduce(0) { $0 + ($1.members?.total ?? 0) } + currentUnits.reduce(0) { $0 + $1.members }
        households = current.reduce(0) { $0 + ($1.households ?? 0) } + currentUnits.reduce(0) { $0 + $1.households }
        var titled: [Period: [FourGoodBranch]] = [:]
        for ranking in analysis.rankings {
            titled[ranking.period] = ranking.rows.filter(\.isFourGood).map { FourGoodBranch(unitPath: [id], row: $0, site: site) }
        }
        var topLevel = analysis.topLevelBranches
        for unit in units {
            for (period, branches) in unit.fourGoodBranches {
                titled[period, default: []] += branches.map { $0.within(unit: id) }
            }
            topLevel.merge(unit.topLevelBranches, uniquingKeysWith: +)
        }
        fourGoodBranches = titled
        branchTitles = UnitBranchTitles(site.rubrics)
        topLevelBranches = topLevel
        // A unit with units of its own (a district in a province) did in a month what its own
        // branches and its units' did.
        var months = UnitMonth.months(of: site)
        for unit in units {
            months.merge(unit.months.mapValues { $0.within(unit: unit.id) }) { $0.adding($1) }
        }
        self.months = months
        organizations = site.config.units.isEmpty ? nil : PartyOrganizations.of(ownBranches: current.count, units: currentUnits)
    }

    /// The share of the unit's branches holding "Chi bộ 4 tốt" in `period`, of those it had
    /// by the period's end (a cell founded later is not counted against it); nil when the unit
    /// ranked none of its branches then.
    public func fourGoodShare(_ period: Period) -> Double? {
        guard let titled = fourGoodBranches[period] else { return nil }
        let existing = branches(in: period)
        return existing > 0 ? Double(titled.count) / Double(existing) : 0
    }

    /// How many of the unit's branches existed by the end of `period`.
    public func branches(in period: Period) -> Int {
        branches(by: period.closingMonth)
    }

    /// How many of the unit's branches existed in `month`: those of now but those founded after
    /// it, and those dissolved since.
    public func branches(by month: YearMonth) -> Int {
        branches + endings.filter { $0 >= month }.count - foundings.filter { $0 > month }.count
    }

    /// How many of the unit's branches were held to meet in `month`: as `branches(by:)`, less
    /// those whose minutes were kept in bontot from a later month (`minutes_since`).
    public func branchesHeldToMeet(in month: YearMonth) -> Int {
        branches + endings.filter { $0 >= month }.count - meetingStarts.filter { $0 > month }.count
    }
}

/// A branch holding "Chi bộ 4 tốt" in a period, known across the district as `<unit>/<branch>`.
public struct FourGoodBranch: Sendable, Equatable, Codable {
    /// The units it lies in, from the district down (`["xa-a"]`; deeper for a unit of a unit);
    /// empty for a chi bộ trực thuộc the district directly.
    public var unitPath: [String]
    public var branchID: String
    public var name: String
    /// The organisation of the site that ranked it (`Đảng bộ xã An Bình`), which tells it from a
    /// branch of the same name in another unit (`FourGoodBranchView`).
    public var unitName: String
    /// The day the branch ceased to exist, when its file says so (`Branch.dissolved`).
    public var dissolved: CalendarDate?
    /// The branch of the same site it was merged into, by id, and its name.
    public var successor: Successor?

    /// A branch another was merged into, in the same site.
    public struct Successor: Sendable, Equatable, Codable {
        public var branchID: String
        public var name: String
    }

    /// The ranked `row` of `site`, lying in the units `unitPath`, with what became of it.
    init(unitPath: [String], row: RankingRow, site: Site) {
        self.unitPath = unitPath
        branchID = row.branchID
        name = row.branchName
        unitName = site.config.organization
        let branch = site.branch(id: row.branchID)
        dissolved = branch?.dissolved
        successor = branch?.mergedInto.flatMap { site.branch(id: $0) }.map { Successor(branchID: $0.id, name: $0.name) }
    }

    /// This branch as the parent of its unit `id` sees it: lying in that unit too.
    func within(unit id: String) -> FourGoodBranch {
        var branch = self
        branch.unitPath = [id] + unitPath
        return branch
    }
}

/// What one site did in one month: its meetings with their attendance, and its stories. A
/// district adds its own month to its units' for its combined figures.
public struct UnitMonth: Sendable, Equatable, Codable {
    public var meetings = 0
    /// Of `meetings`, the regular (`thuong-ky`) and the thematic (`chuyen-de`) ones.
    public var regular = 0
    public var thematic = 0
    /// Branches held to meet in the month that have minutes in it (`Site.reportingBranches`).
    public var reportingBranches = 0
    /// Members present and expected, pooled as `MeetingDiscipline.pooledCounts` pools them.
    public var present = 0
    public var expected = 0
    /// The month's stories, oldest first.
    public var stories: [UnitStory] = []

    public init() {}

    /// The attendance of the month's meetings together; nil when none records any.
    public var attendance: Attendance? {
        expected > 0 ? Attendance(present: present, expected: expected) : nil
    }

    /// What `site` did in each month it has minutes or stories.
    public static func months(of site: Site) -> [YearMonth: UnitMonth] {
        var months: [YearMonth: UnitMonth] = [:]
        for (month, meetings) in Dictionary(grouping: site.minutes, by: \.date.yearMonth) {
            var done = UnitMonth()
            done.meetings = meetings.count
            done.regular = meetings.filter { $0.kind == .thuongKy }.count
            done.thematic = meetings.filter { $0.kind == .chuyenDe }.count
            done.reportingBranches = site.reportingBranches(meetings, in: month)
            if let pooled = MeetingDiscipline.pooledCounts(meetings) {
                done.present = pooled.present
                done.expected = pooled.expected
            }
            months[month] = done
        }
        for story in site.stories.reversed() {
            months[story.date.yearMonth, default: UnitMonth()].stories.append(UnitStory(slug: story.slug, title: story.title))
        }
        return months
    }

    /// This month as its unit's parent sees it: its stories lie in the unit `id`.
    func within(unit id: String) -> UnitMonth {
        var month = self
        month.stories = stories.map { UnitStory(slug: $0.slug, title: $0.title, unitPath: [id] + $0.unitPath) }
        return month
    }

    /// This month and `other` together (two sites' months).
    public func adding(_ other: UnitMonth) -> UnitMonth {
        var sum = self
        sum.meetings += other.meetings
        sum.regular += other.regular
        sum.thematic += other.thematic
        sum.reportingBranches += other.reportingBranches
        sum.present += other.present
        sum.expected += other.expected
        sum.stories += other.stories
        return sum
    }
}

/// A story of a unit, by its slug in the portal of the unit it lies in.
public struct UnitStory: Sendable, Equatable, Codable {
    public var slug: String
    public var title: String
    /// The units, below the one whose month lists it, that the story lies in: empty for that
    /// unit's own story, `["xa-a"]` for a story of its unit `xa-a` (a commune of a district
    /// listed by a province).
    public var unitPath: [String] = []
}
