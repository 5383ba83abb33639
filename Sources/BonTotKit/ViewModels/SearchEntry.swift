/// One thing the search page can find: a branch, a story or a meeting, with the fields it is
/// matched on (title and tags weigh most) and what a result shows. Its text is the content's
/// own: the page's script folds it and shows it with `textContent`, never as markup.
public struct SearchEntry: Equatable, Sendable {
    /// The sections of the portal that search covers, with the letter the index writes.
    public enum Section: String, Sendable, CaseIterable {
        case branch = "b"
        case story = "s"
        case minutes = "m"
    }

    public var section: Section
    public var title: String
    /// The link from the search page to the entry's page.
    public var href: String
    /// The line under the title: a date, a branch, an address.
    public var meta: String
    /// Tags and kinds (`phòng chống thiên tai`, `Sinh hoạt chuyên đề`).
    public var tags: [String]
    /// The people named: secretary and committee, chair and guests, the person of a story.
    public var people: [String]
    /// The topic of a meeting and its resolutions, a story's or branch's summary.
    public var summary: String
    /// The body as plain text, cut to a length the index can carry.
    public var body: String
    /// `2024-09-05` (empty for a branch), to list newer entries first among equals.
    public var date: String

    /// The entry as the index script writes it: a JSON array, fields in a fixed order.
    public var json: String {
        "[" + [section.rawValue, title, href, meta, tags.joined(separator: " · "), people.joined(separator: ", "),
               summary, body, date].map(JSONText.string).joined(separator: ",") + "]"
    }
}
