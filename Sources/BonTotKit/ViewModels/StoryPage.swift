/// One story, `/guong-dien-hinh/<slug>/`: title, who and where, image, summary and body.
struct StoryPage: Encodable {
    var chrome: PageChrome
    var card: StoryCard
    /// For a story of a branch dissolved or merged since: a line under the title, linking the
    /// branch it was merged into (`EndingNotice`, short), as on its minutes.
    var ending: EndingNotice?
    var bodyHTML: String

    init(_ story: Story, context: PortalContext) {
        let route = Route.story(story.slug)
        let links = context.links(from: route)
        chrome = context.chrome(title: story.title, route: route, section: .storyIndex,
                                trail: [("Gương điển hình", .storyIndex)], description: story.summary)
        card = StoryCard(story, context: context, links: links)
        if let unitBranch = story.branchID.flatMap({ UnitBranchMention($0, context: context) }) {
            ending = EndingNotice.of(unitBranch.branch) { unitBranch.href($0, links: links) }
        } else {
            ending = story.branchID.flatMap { context.site.branch(id: $0) }
                .flatMap { EndingNotice.of($0, site: context.site, links: links, short: true) }
        }
        // The line says it already; the name above it is not marked again.
        card.branch?.endedMark = nil
        bodyHTML = context.markdown.html(story.body, root: links.root, file: story.source.file, under: 1)
    }
}
