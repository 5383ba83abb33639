/// `/guong-dien-hinh/chu-de/<tag>/`: the stories of one tag, newest first, and the other tags.
struct StoryTagPage: Encodable {
    var chrome: PageChrome
    /// `"Chủ đề: phòng chống thiên tai"`.
    var heading: String
    var intro: String
    var stories: [StoryCard]
    var otherTags: [StoryTagEntry]
    var hasOtherTags: Bool
    var indexHref: String

    init(tag: StoryTags.Tag, all: StoryTags, context: PortalContext) {
        let route = Route.storyTag(tag.slug)
        let links = context.links(from: route)
        heading = "Chủ đề: \(tag.name)"
        chrome = context.chrome(title: heading, route: route, section: .storyIndex,
                                trail: [("Gương điển hình", .storyIndex)])
        intro = "\(VietnameseFormat.count(tag.stories.count)) bài viết mang chủ đề “\(tag.name)”, mới nhất trước."
        stories = tag.stories.map { StoryCard($0, context: context, links: links) }
        otherTags = all.tags.filter { $0.slug != tag.slug }.map { other in
            StoryTagEntry(name: other.name, href: links.to(.storyTag(other.slug)),
                          count: "\(VietnameseFormat.count(other.stories.count)) bài")
        }
        hasOtherTags = !otherTags.isEmpty
        indexHref = links.to(.storyIndex)
    }
}
