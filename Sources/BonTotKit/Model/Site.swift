import Foundation

/// A whole site as loaded and checked: the input of the rules and of every page.
public struct Site: Sendable {
    public var root: URL
    public var config: SiteConfig
    /// Every scale the site has scored by, and which year each judges: the one stored record of
    /// the site's scales, made when the site is assembled (and again when a scale is replaced),
    /// not each time a period asks its scale.
    public private(set) var rubrics: RubricHistory
    /// The scale in force (`rubric.yaml`): the history's current scale.
    public var rubric: Rubric {
        get { rubrics.current }
        set { rubrics.current = newValue }
    }
    /// The former scales (`rubrics/<yyyy>.yaml`), oldest first, however they are given.
    public var formerRubrics: [FormerRubric] {
        get { rubrics.former }
        set { rubrics = RubricHistory(current: rubrics.current, currentFile: rubrics.currentFile, former: newValue) }
    }
    /// Branches sorted by id.
    public var branches: [Branch]
    /// Evaluations sorted by period.
    public var evaluations: [Evaluation]
    /// Minutes sorted by date, then slug.
    public var minutes: [Minutes]
    /// Stories sorted newest first, then by slug.
    public var stories: [Story]
    public var editorials: [BulletinEditorial]
    /// Media paths relative to `content/` (`media/lu.jpg`), sorted.
    public var media: [String]
    /// The other pages each body links (`PageLinks`).
    public var pageLinks: PageLinks
    private let branchPositions: [String: Int]

    public init(root: URL, config: SiteConfig, rubric: Rubric, branches: [Branch], evaluations: [Evaluation],
                minutes: [Minutes], stories: [Story], editorials: [BulletinEditorial], media: [String],
                formerRubrics: [FormerRubric] = [], pageLinks: PageLinks = PageLinks()) {
        self.root = root
        self.config = config
        self.rubrics = RubricHistory(current: rubric, former: formerRubrics)
        self.branches = branches.sorted { $0.id < $1.id }
        self.evaluations = evaluations.sorted { $0.period < $1.period }
        self.minutes = minutes.sorted { ($0.date, $0.slug) < ($1.date, $1.slug) }
        self.stories = stories.sorted { ($1.date, $0.slug) < ($0.date, $1.slug) }
        self.editorials = editorials.sorted { $0.month < $1.month }
        self.media = media.sorted()
        self.pageLinks = pageLinks
        self.branchPositions = Dictionary(self.branches.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The scale a period is judged by (`RubricHistory.rubric(for:)`).
    public func rubric(for period: Period) -> Rubric { rubrics.rubric(for: period) }

    public func branch(id: String) -> Branch? { branchPositions[id].map { branches[$0] } }

    /// The branches that exist now: all but those dissolved or merged into another, whose pages
    /// keep their history but who count no more in the committee's figures.
    public var currentBranches: [Branch] { branches.filter { $0.dissolved == nil } }

    /// The file of the branch `id` (`content/branches/<id>.yaml`), read without copying the branch.
    public func file(ofBranch id: String) -> String? { branchPositions[id].map { branches[$0].source.file } }

    /// The file of the branch `id` and, for a branch merged into another, that one's file; read
    /// without copying the branch, whose every field a copy would retain, on every core at once
    /// while tens of thousands of pages name their inputs.
    public func files(ofBranch id: String) -> (own: String, mergedInto: String?)? {
        guard let position = branchPositions[id] else { return nil }
        return (branches[position].source.file, branches[position].mergedInto.flatMap(file(ofBranch:)))
    }
}
