/// Every rule applied once to the whole site: rankings of every period, streaks, meeting
/// discipline. Pages read from it; nothing is computed twice.
public struct SiteAnalysis: Sendable {
    /// Rankings by period, oldest first.
    public var rankings: [Ranking]
    /// Streaks by branch id.
    public var streaks: [String: BranchStreaks]
    /// Each branch's level by year, from the yearly evaluations.
    public var yearlyLevels: [String: [Int: Level]]
    /// The months the minutes cover, first to last.
    public var months: [YearMonth]
    /// Meeting discipline of every branch over `months`, in branch order.
    public private(set) var discipline: [BranchDiscipline]
    /// Each branch's minutes, in the site's order: what a branch's pages list, found once
    /// instead of by reading every minutes of the site for each branch.
    public private(set) var minutesByBranch: [String: [Minutes]]
    /// The stories about each branch, in the site's order.
    public private(set) var storiesByBranch: [String: [Story]]
    /// The months in which any branch met.
    public private(set) var monthsWithMinutes: Set<YearMonth>
    /// Where each branch's discipline is in `discipline`.
    private var disciplineIndex: [String: Int]

    /// Applies every rule to a checked site.
    public init(site: Site) {
        // The evaluations' rules on one core while the minutes' are worked out on the other.
        let (scores, meetings) = Parallel.both({
            (rankings: Parallel.map(site.evaluations.count) { Ranking.make(evaluation: site.evaluations[$0], site: site) },
             streaks: Streaks.make(evaluations: site.evaluations, rubrics: site.rubrics),
             yearlyLevels: Streaks.yearlyLevels(evaluations: site.evaluations, rubrics: site.rubrics),
             storiesByBranch: Dictionary(grouping: site.stories.filter { $0.branchID != nil }, by: { $0.branchID ?? "" }))
        }, {
            let months = MeetingDiscipline.coveredMonths(of: site.minutes)
            let byBranch = Dictionary(grouping: site.minutes, by: \.branchID)
            return (months: months, byBranch: byBranch, withMinutes: Set(site.minutes.map(\.date.yearMonth)),
                    discipline: MeetingDiscipline.grid(branchIDs: site.branches.map(\.id), byBranch: byBranch, months: months,
                                                       founded: MeetingDiscipline.foundingMonths(site.branches),
                                                       lastMonths: MeetingDiscipline.lastMonths(site.branches),
                                                       heldFrom: site.meetingsStarts))
        })
        rankings = scores.rankings
        streaks = scores.streaks
        yearlyLevels = scores.yearlyLevels
        storiesByBranch = scores.storiesByBranch
        months = meetings.months
        minutesByBranch = meetings.byBranch
        monthsWithMinutes = meetings.withMinutes
        discipline = meetings.discipline
        disciplineIndex = Dictionary(discipline.enumerated().map { ($0.element.branchID, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The discipline of one branch of the site, nil for an id that is no branch.
    public func discipline(of branchID: String) -> BranchDiscipline? {
        disciplineIndex[branchID].map { discipline[$0] }
    }

    /// The newest ranking, which `/xep-hang/` shows.
    public var latestRanking: Ranking? { rankings.last }

    /// The ranking of a period.
    public func ranking(_ period: Period) -> Ranking? { rankings.first { $0.period == period } }

    /// Period → how many branches reach the top level of the rubric in that period's ranking.
    public var topLevelBranches: [Period: Int] {
        Dictionary(rankings.compactMap { ranking in ranking.topLevelCount.map { (ranking.period, $0) } },
                   uniquingKeysWith: +)
    }

    /// Warnings the rules raise: stated levels that differ from the computed ones, quotas exceeded.
    public var diagnostics: [Diagnostic] { rankings.flatMap(\.diagnostics) }

    /// The warnings still true beside a site's errors: those each score row gives on its own
    /// (a stated level that differs from its total). Not those over a whole ranking (quotas,
    /// branches left unscored): a file with an error is left out, which would falsify them.
    public var diagnosticsBesideErrors: [Diagnostic] {
        rankings.flatMap(\.levelMismatchWarnings)
    }
}
