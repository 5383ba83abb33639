/// The rules applied over a district's units (SPEC §7): their figures, the rankings of đảng bộ
/// cơ sở (a province's đảng bộ trực thuộc, `unitSubject`) on the unit rubric with their title
/// ("Đảng bộ cơ sở 4 tốt" unless the rubric names another), and the district's combined
/// figures. The district's own branches (chi bộ trực thuộc) are ranked by its `SiteAnalysis`.
public struct DistrictAnalysis: Sendable {
    /// The units in the order `site.yaml` lists them, those dissolved or merged too: their pages
    /// keep their history.
    public var units: [UnitFigures]
    /// The units' entries in `site.yaml`, by id: whether and when a unit was dissolved.
    public var references: [String: UnitReference]
    /// The unit scales: the one in force (`unit-rubric.yaml`) and the former ones
    /// (`unit-rubrics/<yyyy>.yaml`), each ranking the periods of its years.
    public var rubrics: RubricHistory?
    /// The rankings of the units, oldest period first.
    public var rankings: [Ranking]
    /// The warnings on score rows of units dissolved before their period began, or founded
    /// after it ended, which are not ranked (`ScoresAfterDissolution`, `ScoresBeforeFounding`).
    public var scoresOutsideLifetime: [Diagnostic]
    /// The unit evaluations as ranked: without those rows.
    public var rankedEvaluations: [Evaluation]
    /// The district's own branches, directly under it, that exist now (not dissolved).
    public var ownBranches: Int
    /// The months the district's own branches are held to meet from (`Site.meetingsStart(of:)`:
    /// founded, or `minutes_since` when later), of those giving one, dissolved ones too.
    public var ownMeetingStarts: [YearMonth]
    /// The last months of the district's own branches that were dissolved (`Branch.lastMonth`).
    public var ownEndings: [YearMonth]
    /// Members of the district's own branches.
    public var ownMembers: Int
    /// Households of the district's own branches.
    public var ownHouseholds: Int
    /// The district's own branches holding "Chi bộ 4 tốt", by period.
    public var ownFourGood: [Period: [FourGoodBranch]]
    /// How many of the district's own branches reach the top level, by period.
    public var ownTopLevel: [Period: Int]
    /// What the district's own branches did in each month.
    public var ownMonths: [YearMonth: UnitMonth]
    /// The months the minutes of the whole district cover, its own branches' and its units':
    /// from the first meeting to the last, as a site's minutes cover theirs
    /// (`MeetingDiscipline.coveredMonths`). A month in it where nobody met is on record too.
    public var coveredMonths: Set<YearMonth>

    /// What the units are, in the words of their ranking and of every page speaking of them:
    /// a district's đảng bộ cơ sở, or a province's đảng bộ trực thuộc (`unitSubject(units:references:)`).
    public var unitSubject: RankingSubject
    /// The district's own scales (`rubric.yaml`, `rubrics/`), which name the branch title.
    public var ownRubrics: RubricHistory

    /// The unit scale in force (`unit-rubric.yaml`).
    public var rubric: Rubric? { rubrics?.current }

    /// What the units of a site are: đảng bộ trực thuộc when some unit that exists now (not
    /// dissolved) lists units of its own (the site is a province), đảng bộ cơ sở otherwise.
    public static func unitSubject(units: [UnitFigures], references: [UnitReference]) -> RankingSubject {
        let dissolved = Set(references.filter { $0.dissolved != nil }.map(\.id))
        return .units(aboveBase: units.contains { $0.isAboveBase && !dissolved.contains($0.id) })
    }

    /// Ranks the units of the district `site` on `rubric` alone.
    public init(site: Site, analysis: SiteAnalysis, units: [UnitFigures], rubric: Rubric?, evaluations: [Evaluation]) {
        self.init(site: site, analysis: analysis, units: units, rubrics: rubric.map { RubricHistory(current: $0) },
                  evaluations: evaluations)
    }

    /// Ranks the units of the district `site`, each period on the unit scale in force in its year.
    public init(site: Site, analysis: SiteAnalysis, units: [UnitFigures], rubrics: RubricHistory?, evaluations: [Evaluation]) {
        self.units = units
        self.rubrics = rubrics
        references = Dictionary(site.config.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let references = references
        let subject = Self.unitSubject(units: units, references: site.config.units)
        unitSubject = subject
        ownRubrics = site.rubrics
        let names = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let afterDissolution = ScoresAfterDissolution.ofUnits(evaluations, references: site.config.units, names: names, subject: subject)
        let split = ScoresBeforeFounding.ofUnits(afterDissolution.kept, references: site.config.units, names: names, subject: subject)
        scoresOutsideLifetime = afterDissolution.warnings + split.warnings
        rankedEvaluations = split.kept
        rankings = rubrics.map { rubrics in
            split.kept.map { evaluation in
                let shares = units.reduce(into: [String: Double]()) { shares, unit in
                    shares[unit.id] = unit.fourGoodShare(evaluation.period)
                }
                let titles = units.reduce(into: [String: String]()) { titles, unit in
                    titles[unit.id] = unit.branchTitles.title(for: evaluation.period)
                }
                var ranking = Ranking.make(evaluation: evaluation, rubric: rubrics.rubric(for: evaluation.period), branchNames: names,
                                           subject: subject, branchShares: shares, branchTitles: titles)
                // A unit dissolved before the period closed, or founded after, is not expected in its ranking.
                let scored = Set(evaluation.entries.map(\.branchID))
                let expected = units.filter { references[$0.id]?.exists(in: evaluation.period.closingMonth) ?? true }
                ranking.unscored = VietnameseCollation.sorted(expected.filter { !scored.contains($0.id) }) { $0.name }
                    .map { UnscoredBranch(id: $0.id, name: $0.name) }
                return ranking
            }
        } ?? []
        ownBranches = site.currentBranches.count
        ownMeetingStarts = site.branches.compactMap(site.meetingsStart(of:))
        ownEndings = site.branches.compactMap(\.lastMonth)
        ownMembers = site.currentBranches.reduce(0) { $0 + ($1.members?.total ?? 0) }
        ownHouseholds = site.currentBranches.reduce(0) { $0 + ($1.households ?? 0) }
        ownTopLevel = analysis.topLevelBranches
        ownMonths = UnitMonth.months(of: site)
        let meetingMonths = ([ownMonths] + units.map(\.months)).flatMap { months in
            months.filter { $0.value.meetings > 0 }.keys
        }
        coveredMonths = Set(MeetingDiscipline.coveredMonths(meetingMonths: meetingMonths))
        ownFourGood = Dictionary(uniqueKeysWithValues: analysis.rankings.map { ranking in
            (ranking.period, ranking.rows.filter(\.isFourGood).map { FourGoodBranch(unitPath: [], row: $0, site: site) })
        })
    }

    /// The units that exist now: all but those dissolved or merged into another, which count no
    /// more in the district's figures.
    public var currentUnits: [UnitFigures] { units.filter { references[$0.id]?.dissolved == nil } }

    /// The units that existed in `month`: all but those dissolved before it or founded after it.
    public func units(in month: YearMonth) -> [UnitFigures] {
        units.filter { references[$0.id]?.exists(in: month) ?? true }
    }

    /// The units dissolved or merged into another, with their entries, in listing order.
    public var endedUnits: [(unit: UnitFigures, reference: UnitReference)] {
        units.compactMap { unit in references[unit.id].flatMap { $0.dissolved == nil ? nil : (unit, $0) } }
    }

    /// The newest ranking of units.
    public var latestRanking: Ranking? { rankings.last }

    /// The level of a unit in the newest ranking that scores it.
    public func latestLevel(of unit: String) -> Level? {
        latestRankedLevel(of: unit)?.level
    }

    /// The level of a unit in the newest ranking that scores it, with that ranking's period.
    public func latestRankedLevel(of unit: String) -> (period: Period, level: Level?)? {
        for ranking in rankings.reversed() {
            if let row = ranking.rows.first(where: { $0.branchID == unit }) { return (ranking.period, row.card.level) }
        }
        return nil
    }

    /// Every branch of the district holding "Chi bộ 4 tốt" in `period`: its own first, then each
    /// unit's, in listing order.
    public func fourGoodBranches(_ period: Period) -> [FourGoodBranch] {
        (ownFourGood[period] ?? []) + units(in: period.closingMonth).flatMap { $0.fourGoodBranches[period] ?? [] }
    }

    /// Branches of the units that exist now (chi bộ trực thuộc đảng bộ cơ sở).
    public var unitBranches: Int { currentUnits.reduce(0) { $0 + $1.branches } }

    /// Every branch of the district: its own and its units'.
    public var branches: Int { ownBranches + unitBranches }

    /// Every branch of the district held to meet in `month`: a branch founded later, or whose
    /// minutes were kept in bontot from a later month (`minutes_since`), was not yet.
    public func branches(by month: YearMonth) -> Int {
        ownBranches + ownEndings.filter { $0 >= month }.count - ownMeetingStarts.filter { $0 > month }.count
            + units(in: month).reduce(0) { $0 + $1.branchesHeldToMeet(in: month) }
    }

    /// Members of the whole district.
    public var members: Int { ownMembers + currentUnits.reduce(0) { $0 + $1.members } }

    /// Households of the whole district.
    public var households: Int { ownHouseholds + currentUnits.reduce(0) { $0 + $1.households } }

    /// The period of the district's latest figures: the latest unit ranking's, or else the
    /// latest period in which any of its branches was ranked.
    public var latestPeriod: Period? {
        latestRanking?.period ?? (Array(ownFourGood.keys) + units.flatMap(\.fourGoodBranches.keys)).max()
    }

    /// How many branches of the whole district reach the top level of their rubric in `period`.
    public func topLevelBranches(_ period: Period) -> Int {
        (ownTopLevel[period] ?? 0) + units(in: period.closingMonth).reduce(0) { $0 + ($1.topLevelBranches[period] ?? 0) }
    }

    /// "Toàn Đảng bộ có 12 chi bộ đạt danh hiệu “Chi bộ 4 tốt” năm 2025.": every branch of the
    /// district holding the title in `period`, as the district's own rubric names it (`branchTitle`).
    public func fourGoodSentence(_ period: Period) -> String {
        let title = branchTitle(period)
        let count = fourGoodBranches(period).count
        let phrase = VietnameseFormat.period(period)
        return count == 0
            ? "Không có chi bộ nào đạt danh hiệu “\(title)” \(phrase)."
            : "Toàn Đảng bộ có \(VietnameseFormat.count(count)) chi bộ đạt danh hiệu “\(title)” \(phrase)."
    }

    /// "Có 01 chi bộ trực thuộc đạt danh hiệu “Chi bộ 4 tốt” quý IV năm 2024; các đảng bộ cơ sở
    /// có 05 chi bộ đạt danh hiệu “Chi bộ 4 tốt” năm 2024.": when the district's chi bộ trực thuộc
    /// were ranked in `own` and its units' branches in `units`, two periods closing the same
    /// month, each counted in its own.
    public func fourGoodSentence(own: Period, units unitsPeriod: Period) -> String {
        let ownCount = ownFourGood[own]?.count ?? 0
        let unitsCount = units(in: unitsPeriod.closingMonth).reduce(0) { $0 + ($1.fourGoodBranches[unitsPeriod]?.count ?? 0) }
        let ownTitled = "đạt danh hiệu “\(branchTitle(own))” \(VietnameseFormat.period(own))"
        let unitsTitled = "đạt danh hiệu “\(branchTitle(unitsPeriod))” \(VietnameseFormat.period(unitsPeriod))"
        let ownPart = ownCount == 0 ? "Không có chi bộ trực thuộc nào \(ownTitled)"
                                    : "Có \(VietnameseFormat.count(ownCount)) chi bộ trực thuộc \(ownTitled)"
        let unitsPart = unitsCount == 0 ? "các \(unitsNoun) không có chi bộ nào \(unitsTitled)"
                                        : "các \(unitsNoun) có \(VietnameseFormat.count(unitsCount)) chi bộ \(unitsTitled)"
        return "\(ownPart); \(unitsPart)."
    }

    /// The branch title in `period`: the `four_good.title` of the district's own scale of that
    /// year, else "Chi bộ 4 tốt".
    public func branchTitle(_ period: Period) -> String {
        RankingSubject.branches.title(of: ownRubrics.rubric(for: period))
    }

    /// What the whole district did in `month`: its own branches' and its units' meetings and
    /// stories together; nil when nothing was done.
    public func month(_ month: YearMonth) -> UnitMonth? {
        let months = [ownMonths[month]] + units(in: month).map { $0.months[month] }
        return months.compactMap { $0 }.reduce(nil) { sum, done in sum?.adding(done) ?? done }
    }

    /// The latest month in which any branch of the district held a meeting.
    public var latestMeetingMonth: YearMonth? {
        (Array(ownMonths.keys) + units.flatMap(\.months.keys)).filter { (month($0)?.meetings ?? 0) > 0 }.max()
    }

    /// The units that list units of their own (the districts of a province): its đảng bộ trực
    /// thuộc above the base level, that exist now.
    public var committeesAboveBase: Int { currentUnits.filter(\.isAboveBase).count }

    /// What the site's units are called: "đảng bộ cơ sở" in a district; "đảng bộ trực thuộc" in
    /// a site some of whose units list units of their own (a province, whose districts are no
    /// đảng bộ cơ sở, and whose communes directly under it are trực thuộc it too).
    public var unitsNoun: String { unitSubject.noun }

    /// The organisations under the site through every level: its own branches and its units'.
    public var organizations: PartyOrganizations {
        PartyOrganizations.of(ownBranches: ownBranches, units: currentUnits)
    }

    /// Warnings the rules raise on the unit rankings (stated levels, the xuất sắc quota), and on
    /// a dissolved unit's scores in a later period and meetings after its last month, and a
    /// unit's scores in a period before it was founded and meetings before its founding month.
    public var diagnostics: [Diagnostic] {
        rankings.flatMap(\.diagnostics) + scoresOutsideLifetime + UnitMeetingsAfterDissolution.warnings(self)
            + UnitMeetingsBeforeFounding.warnings(self)
    }
}
