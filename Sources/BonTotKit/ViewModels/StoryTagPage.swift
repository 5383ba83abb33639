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
        let path = StoryTags.path(tag.slug)
        let links = Links(pagePath: path)
        heading = "Chủ đề: \(tag.name)"
        chrome = context.chrome(title: heading, path: path, section: StoryIndexPage.path,
                                trail: [("Gương điển hình", StoryIndexPage.path)])
        intro = "\(VietnameseFormat.count(tag.stories.count)) bài viết mang chủ đề “\(tag.name)”, mới nhất trước."
        stories = tag.stories.map { StoryCard($0, site: context.site, links: links) }
        otherTags = all.tags.filter { $0.slug != tag.slug }.map { other in
            StoryTagEntry(name: other.name, href: links.page(StoryTags.path(other.slug)),
                          count: "\(VietnameseFormat.count(other.stories.count)) bài")
        }
        hasOtherTags = !otherTags.isEmpty
        indexHref = links.page(StoryIndexPage.path)
    }
}
