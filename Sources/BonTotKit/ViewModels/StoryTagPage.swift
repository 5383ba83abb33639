/// `/guong-dien-hinh/chu-de/<tag>/`: the stories of one tag, newest first, and the other tags
/// (on a site of many, the nearest, with a link to the index's list of them all).
struct StoryTagPage: Encodable {
    var chrome: PageChrome
    /// `"Chủ đề: phòng chống thiên tai"`.
    var heading: String
    var intro: String
    var stories: [StoryCard]
    var otherTags: [StoryTagEntry]
    var hasOtherTags: Bool
    /// When the page lists only some of the other tags: `"Trên đây là 30 trong số 999 chủ đề khác…"`.
    var otherTagsNote: String?
    /// The index's list of every tag.
    var allTagsHref: String
    /// `"Xem đủ 1.000 chủ đề"`.
    var allTagsLink: String
    var indexHref: String

    init(tag: StoryTags.Tag, all: StoryTags, context: PortalContext) {
        let route = Route.storyTag(tag.slug)
        let links = context.links(from: route)
        heading = "Chủ đề: \(tag.name)"
        chrome = context.chrome(title: heading, route: route, section: .storyIndex,
                                trail: [("Gương điển hình", .storyIndex)])
        intro = "\(VietnameseFormat.count(tag.stories.count)) bài viết mang chủ đề “\(tag.name)”, mới nhất trước."
        stories = tag.stories.map { StoryCard($0, context: context, links: links) }
        otherTags = all.others(of: tag).map { other in
            StoryTagEntry(name: other.name, href: links.to(.storyTag(other.slug)),
                          count: "\(VietnameseFormat.count(other.stories.count)) bài")
        }
        hasOtherTags = !otherTags.isEmpty
        let othersCount = all.tags.count - 1
        otherTagsNote = otherTags.count < othersCount
            ? "Trên đây là \(VietnameseFormat.count(otherTags.count)) trong số \(VietnameseFormat.number(othersCount)) chủ đề khác: "
                + "các chủ đề có chung bài viết với chủ đề này, rồi các chủ đề có nhiều bài nhất."
            : nil
        indexHref = links.to(.storyIndex)
        allTagsHref = indexHref + "#chu-de"
        allTagsLink = "Xem đủ \(VietnameseFormat.number(all.tags.count)) chủ đề"
    }
}
