/// A story in a list (the story index, tag pages, the bulletin): title, kind, person, branch,
/// date, summary, image and tags, each ready to show.
struct StoryCard: Encodable {
    var title: String
    var href: String
    /// `"Gương cá nhân"`.
    var kind: String
    var kindClass: String
    var person: String?
    var branch: BranchMention?
    /// `"20/09/2024"`.
    var date: String
    var isoDate: String
    var summary: String?
    var image: StoryImage?
    var tags: [StoryTagLink]
    var hasTags: Bool

    /// The card of `story`, a story of `context`'s site, on the page of `links`.
    init(_ story: Story, context: PortalContext, links: Links) {
        title = story.title
        href = links.story(story.slug)
        kind = story.kind.displayName
        kindClass = "kind-\(story.kind.rawValue)"
        person = story.person
        branch = BranchMention.of(story, context: context, links: links)
        date = VietnameseFormat.shortDate(story.date)
        isoDate = story.date.description
        summary = story.summary
        image = story.image.map { StoryImage(path: $0, alt: story.imageAlt, links: links) }
        tags = StoryTags.links(story.tags, links: links)
        hasTags = !tags.isEmpty
    }
}

/// A story's image: where it is from the page, and its alternative text.
struct StoryImage: Encodable {
    var src: String
    /// What the image shows, as the story's `image_alt:` says (a chart's figures, the words
    /// written in it); empty without it: the image is then decorative. Not the story's title,
    /// which stands right beside it wherever it is shown, a card's heading or the page's `<h1>`:
    /// a screen reader would read the title twice.
    var alt: String

    init(path: String, alt: String?, links: Links) {
        src = links.media(path)
        self.alt = alt ?? ""
    }
}

/// A tag as a link to its page.
struct StoryTagLink: Encodable {
    var name: String
    var href: String
}
