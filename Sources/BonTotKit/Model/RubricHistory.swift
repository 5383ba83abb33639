/// The scales (thang điểm) a site has scored by over the years: the one in force
/// (`content/rubric.yaml`, from its `since`) and the former ones (`content/rubrics/<yyyy>.yaml`),
/// each judging the periods of the years it was in force. A period before every scale's first
/// year is judged by the oldest one.
public struct RubricHistory: Sendable {
    /// The scale in force.
    public var current: Rubric
    /// Its file, relative to the site (`content/rubric.yaml`).
    public var currentFile: String
    /// The former scales, oldest first.
    public var former: [FormerRubric]
    /// The file of a site's scale in force, relative to the site.
    public static let siteFile = "content/rubric.yaml"

    public init(current: Rubric, currentFile: String = siteFile, former: [FormerRubric] = []) {
        self.current = current
        self.currentFile = currentFile
        self.former = former.sorted { $0.year < $1.year }
    }

    /// The scale in force in `year`, with its file: the current one from its `since` (or always,
    /// without former scales), else the newest former scale begun by then, else the oldest.
    public func scale(forYear year: Int) -> (rubric: Rubric, file: String) {
        guard let index = Self.formerScale(judging: year, begun: former.map(\.year), since: current.since) else {
            return (current, currentFile)
        }
        return (former[index].rubric, former[index].file)
    }

    /// Which of the former scales begun in `years` (oldest first) judges `year`, by its index;
    /// nil for the current scale, which judges every year from `since`, and every year when
    /// there is no former scale or no `since`.
    static func formerScale(judging year: Int, begun years: [Int], since: Int?) -> Int? {
        guard !years.isEmpty, let since, year < since else { return nil }
        return years.lastIndex { $0 <= year } ?? 0
    }

    /// The scale a period is judged by: the one in force in its year.
    public func rubric(for period: Period) -> Rubric { scale(forYear: period.year).rubric }

    /// The file of the scale a period is judged by: what its pages name as an input.
    public func file(for period: Period) -> String { scale(forYear: period.year).file }

    /// Every scale's file, the current one first: what a page drawing on every period names.
    public var files: [String] { [currentFile] + former.map(\.file) }
}

/// A former scale (`content/rubrics/<yyyy>.yaml`), in force from `year` until the next scale's.
public struct FormerRubric: Sendable, Equatable {
    public var year: Int
    public var rubric: Rubric
    /// Its file, relative to the site.
    public var file: String

    public init(year: Int, rubric: Rubric, file: String) {
        self.year = year
        self.rubric = rubric
        self.file = file
    }
}
