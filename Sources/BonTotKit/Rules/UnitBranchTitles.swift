/// The title a unit's own scales award its branches ("Chi bộ 4 tốt" unless `four_good.title`
/// names another, "Chi bộ trong sạch, vững mạnh"), year by year as its `RubricHistory` judges
/// them: what the district's messages about that unit's branches call the title.
public struct UnitBranchTitles: Sendable, Equatable, Codable {
    /// The title of the scale in force.
    public var current: String
    /// The year the scale in force begins (`since`), when it names one.
    public var since: Int?
    /// The titles of the former scales, oldest first, with the year each begins.
    public var former: [FormerTitle]

    /// A former scale's title and the year it begins.
    public struct FormerTitle: Sendable, Equatable, Codable {
        public var year: Int
        public var title: String
    }

    /// The titles of the scales of `rubrics`.
    public init(_ rubrics: RubricHistory) {
        current = RankingSubject.branches.title(of: rubrics.current)
        since = rubrics.current.since
        former = rubrics.former.map { FormerTitle(year: $0.year, title: RankingSubject.branches.title(of: $0.rubric)) }
    }

    /// The title of the scale in force in `period`'s year.
    public func title(for period: Period) -> String {
        guard let index = RubricHistory.formerScale(judging: period.year, begun: former.map(\.year), since: since) else {
            return current
        }
        return former[index].title
    }
}
