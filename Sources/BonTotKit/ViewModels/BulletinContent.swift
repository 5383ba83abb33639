/// The content of the site sorted by month once, for every bulletin: meetings, stories,
/// editorials, resolutions by the month they fall due, rankings by the month their period closes.
struct BulletinContent {
    var minutes: [YearMonth: [Minutes]]
    var stories: [YearMonth: [Story]]
    var editorials: [YearMonth: BulletinEditorial]
    /// Resolutions with a deadline, with their meeting, by the month of the deadline.
    var due: [YearMonth: [(Resolution, Minutes)]]
    /// Rankings by the month their period closes, in period order.
    var rankings: [YearMonth: [Ranking]]
    /// For a district: the months its units did something in.
    var unitMonths: Set<YearMonth> = []

    init(_ context: PortalContext) {
        let site = context.site
        minutes = Dictionary(grouping: site.minutes, by: \.date.yearMonth)
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
        unitMonths = Set(context.district?.units.flatMap(\.months.keys) ?? [])
    }

    /// Every month that has something to print: meetings, stories, an editorial or a ranking,
    /// and in a district what its units did.
    var months: [YearMonth] {
        Array(Set(minutes.keys).union(stories.keys).union(editorials.keys).union(rankings.keys).union(unitMonths)).sorted()
    }
}
