/// A story as lists show it on the home page, a branch profile and the yearly archive: its
/// title linked, its date, its summary and the branch it is about.
struct HomeStoryTeaser: Encodable {
    var title: String
    var href: String
    var date: String
    /// The date as `YYYY-MM-DD` for `<time datetime>`.
    var isoDate: String
    var kind: String
    var storySummary: String?
    var storyBranch: String?

    /// The teaser of `story`, a story of `context`'s site, on the page of `links`.
    init(_ story: Story, context: PortalContext, links: Links) {
        title = story.title
        href = links.story(story.slug)
        date = VietnameseFormat.shortDate(story.date)
        isoDate = story.date.description
        kind = story.kind.displayName
        storySummary = PortalFormat.present(story.summary)
        storyBranch = BranchMention.name(of: story, context: context)
    }
}
