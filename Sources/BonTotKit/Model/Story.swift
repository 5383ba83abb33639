/// A model-example story (gương điển hình), from `stories/<file>.md`.
public struct Story: Sendable, Equatable, Codable {
    public var slug: String
    public var title: String
    public var kind: StoryKind
    public var person: String?
    public var branchID: String?
    public var date: CalendarDate
    public var tags: [String]
    public var image: String?
    /// What `image` shows, for a reader who cannot see it (`image_alt:`); nil when the image is
    /// decorative, shown with an empty alternative text.
    public var imageAlt: String?
    public var summary: String?
    public var body: String
    public var source: SourceLocation
    /// The line of `date:` in the file, when known.
    public var dateLine: Int?

    /// The line of `branch:` in the file, when known.
    public var branchLine: Int?
    /// The line of `tags:` in the file, when known.
    public var tagsLine: Int?

    /// Where the date is written: the `date:` line, or `source` when it is not known.
    public var dateSource: SourceLocation { source.atLine(dateLine) }
    /// Where the branch is named: the `branch:` line, or `source` when it is not known.
    public var branchSource: SourceLocation { source.atLine(branchLine) }
    /// Where the tags are written: the `tags:` line, or `source` when it is not known.
    public var tagsSource: SourceLocation { source.atLine(tagsLine) }

    public init(slug: String, title: String, kind: StoryKind, date: CalendarDate, source: SourceLocation) {
        self.slug = slug
        self.title = title
        self.kind = kind
        self.date = date
        self.tags = []
        self.body = ""
        self.source = source
    }
}

/// Whom a story is about.
public enum StoryKind: String, CaseIterable, Sendable, Codable {
    case caNhan = "ca-nhan"
    case tapThe = "tap-the"
    case moHinh = "mo-hinh"

    public var displayName: String {
        switch self {
        case .caNhan: return "Gương cá nhân"
        case .tapThe: return "Gương tập thể"
        case .moHinh: return "Mô hình tiêu biểu"
        }
    }
}
