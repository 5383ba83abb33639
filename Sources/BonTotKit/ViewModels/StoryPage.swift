/// One story, `/guong-dien-hinh/<slug>/`: title, who and where, image, summary and body.
struct StoryPage: Encodable {
    var chrome: PageChrome
    var card: StoryCard
    var bodyHTML: String

    static func path(_ slug: String) -> String { "guong-dien-hinh/\(slug)/" }

    init(_ story: Story, context: PortalContext) {
        let path = Self.path(story.slug)
        let links = Links(pagePath: path)
        chrome = context.chrome(title: story.title, path: path, section: StoryIndexPage.path,
                                trail: [("Gương điển hình", StoryIndexPage.path)], description: story.summary)
        card = StoryCard(story, site: context.site, links: links)
        bodyHTML = context.markdown.html(story.body, root: links.root)
    }
}
