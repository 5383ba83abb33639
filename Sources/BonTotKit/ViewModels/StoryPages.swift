/// The stories section, `/guong-dien-hinh/`: the list, a page per story and a page per tag.
enum StoryPages {
    static func pages(_ context: PortalContext) -> [Page] {
        let tags = StoryTags(stories: context.site.stories)
        var pages = [Page(route: .storyIndex, template: "story-index",
                          model: StoryIndexPage(tags: tags, context: context))]
        for story in context.site.stories {
            var page = Page(route: .story(story.slug), template: "story", model: StoryPage(story, context: context))
            page.inputs = context.inputFiles(story.source.file, branch: story.branchID)
            pages.append(page)
        }
        for tag in tags.tags {
            pages.append(Page(route: .storyTag(tag.slug), template: "story-tag",
                              model: StoryTagPage(tag: tag, all: tags, context: context)))
        }
        return pages
    }
}
