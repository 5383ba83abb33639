/// The content of the site sorted by month once, for every bulletin: meetings, stories,
/// editorials, resolutions by the month they fall due, rankings by the month their period closes.
struct BulletinContent: Sendable {
    var minutes: [YearMonth: [Minutes]]
    var stories: [YearMonth: [Story]]
    var editorials: [YearMonth: BulletinEditorial]
    /// Resolutions with a deadline, with their meeting, by the month of the deadline.
    var due: [YearMonth: [(Resolution, Minutes)]]
    /// Rankings by the month their period closes, in period order.
    var rankings: [YearMonth: [Ranking]]
    /// In a district: the rankings of its units by the month their period closes.
    var unitRankings: [YearMonth: [Ranking]]

    init(_ context: PortalContext) {
        let site = context.site
        minutes = context.minutesByMonth
        stories = Dictionary(grouping: site.stories, by: \.date.yearMonth)
        editorials = Dictionary(site.editorials.map { ($0.month, $0) }, uniquingKeysWith: { first, _ in first })
        var due: [YearMonth: [(Resolution, Minutes)]] = [:]
        for meeting in site.minutes {
            for resolution in meeting.resolutions {
                if let date = resolution.due { due[date.yearMonth, default: []].append((resolution, meeting)) }
            }
        }
        self.due = due
        rankings = Dictionary(grouping: context.analysis.rankings, by: \.period.closingMonth)
        unitRankings = Dictionary(grouping: context.district?.rankings ?? [], by: \.period.closingMonth)
    }

    /// The ranking of the site's branches the bulletin of `month` reports (`reported`).
    func ranking(closingIn month: YearMonth) -> Ranking? {
        Self.reported(rankings[month] ?? [])
    }

    /// In a district: the ranking of its units the bulletin of `month` reports (`reported`).
    func unitRanking(closingIn month: YearMonth) -> Ranking? {
        Self.reported(unitRankings[month] ?? [])
    }

    /// Of `closing`, rankings whose periods close in one month, the one its bulletin reports:
    /// that of the longest period, the year over its fourth quarter (both close in December), a
    /// quarter over its last month; whatever order the score files were read or the rankings
    /// made in.
    static func reported(_ closing: [Ranking]) -> Ranking? {
        closing.min { $0.period.openingMonth < $1.period.openingMonth }
    }

    /// Every month that has something to print: meetings, stories, an editorial or a ranking,
    /// and in a district what its units did and the rankings of its units; oldest first. Worked out from the site alone, for
    /// callers that need no more of the content.
    static func months(_ context: PortalContext) -> [YearMonth] {
        var months = Set(context.site.minutes.lazy.map(\.date.yearMonth))
        months.formUnion(context.site.stories.lazy.map(\.date.yearMonth))
        months.formUnion(context.site.editorials.lazy.map(\.month))
        months.formUnion(context.analysis.rankings.lazy.map(\.period.closingMonth))
        months.formUnion(context.district?.units.flatMap(\.months.keys) ?? [])
        months.formUnion(context.district?.rankings.lazy.map(\.period.closingMonth) ?? [])
        return months.sorted()
    }
}
