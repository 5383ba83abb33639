/// `/guong-dien-hinh/`: every story, newest first, with the index of tags.
struct StoryIndexPage: Encodable {
    var chrome: PageChrome
    /// `"02 bài viết về gương điển hình, mô hình tiêu biểu."`
    var intro: String
    var tags: [StoryTagEntry]
    var hasTags: Bool
    var stories: [StoryCard]
    var hasStories: Bool

    init(tags: StoryTags, context: PortalContext) {
        let links = context.links(from: .storyIndex)
        chrome = context.chrome(title: "Gương điển hình", route: .storyIndex, section: .storyIndex,
                                description: "Gương người tốt, việc tốt và mô hình tiêu biểu của các chi bộ.")
        let count = context.site.stories.count
        intro = count == 0 ? "Chưa có bài viết nào."
            : "\(VietnameseFormat.count(count)) bài viết về gương điển hình, mô hình tiêu biểu, mới nhất trước."
        self.tags = tags.tags.map { tag in
            StoryTagEntry(name: tag.name, href: links.to(.storyTag(tag.slug)),
                          count: "\(VietnameseFormat.count(tag.stories.count)) bài")
        }
        hasTags = !self.tags.isEmpty
        stories = context.site.stories.map { StoryCard($0, context: context, links: links) }
        hasStories = !stories.isEmpty
    }
}

/// A tag in the index of tags, with how many stories carry it.
struct StoryTagEntry: Encodable {
    var name: String
    var href: String
    var count: String
}
