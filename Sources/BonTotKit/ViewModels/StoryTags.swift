/// The tags of the stories, folded with `Slug.fold` so that spellings differing only in case or
/// diacritics share one page (`guong-dien-hinh/chu-de/<slug>/`).
struct StoryTags {
    /// One tag: its slug, the name shown, and its stories newest first.
    struct Tag {
        var slug: String
        var name: String
        var stories: [Story]
    }

    /// Every tag in Vietnamese alphabetical order of its name.
    var tags: [Tag]

    /// The tags of `stories` (newest first); a tag's name is its first spelling met in them.
    init(stories: [Story]) {
        var bySlug: [String: Tag] = [:]
        var order: [String] = []
        for story in stories {
            var seen = Set<String>()
            for tag in story.tags {
                let slug = Slug.fold(tag)
                guard !slug.isEmpty, seen.insert(slug).inserted else { continue }
                if bySlug[slug] == nil {
                    bySlug[slug] = Tag(slug: slug, name: tag, stories: [])
                    order.append(slug)
                }
                bySlug[slug]?.stories.append(story)
            }
        }
        tags = VietnameseCollation.sorted(order.compactMap { bySlug[$0] }) { $0.name }
    }

    /// Links to the pages of `tags`, skipping those that fold to nothing, each once.
    static func links(_ tags: [String], links: Links) -> [StoryTagLink] {
        var seen = Set<String>()
        return tags.compactMap { tag in
            let slug = Slug.fold(tag)
            guard !slug.isEmpty, seen.insert(slug).inserted else { return nil }
            return StoryTagLink(name: tag, href: links.to(.storyTag(slug)))
        }
    }
}
