/// One story, `/guong-dien-hinh/<slug>/`: title, who and where, image, summary and body.
struct StoryPage: Encodable {
    var chrome: PageChrome
    var card: StoryCard
    var bodyHTML: String

    init(_ story: Story, context: PortalContext) {
        let route = Route.story(story.slug)
        let links = context.links(from: route)
        chrome = context.chrome(title: story.title, route: route, section: .storyIndex,
                                trail: [("Gương điển hình", .storyIndex)], description: story.summary)
        card = StoryCard(story, site: context.site, links: links)
        bodyHTML = context.markdown.html(story.body, root: links.root, file: story.source.file, under: 1)
    }
}
