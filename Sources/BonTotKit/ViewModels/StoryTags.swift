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

    /// The tags of `stories` (newest first). A tag's name is its spelling with the most
    /// diacritics, so that a story typed without them ("khuyen hoc") does not strip the tag's
    /// page of its Vietnamese ("Khuyến học"); among equals, the spelling most stories use, then
    /// the first met.
    init(stories: [Story]) {
        var bySlug: [String: Tag] = [:]
        var spellings: [String: [String: Int]] = [:]
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
                spellings[slug, default: [:]][tag, default: 0] += 1
                if let name = bySlug[slug]?.name, Self.isBetter(tag, than: name, uses: spellings[slug] ?? [:]) {
                    bySlug[slug]?.name = tag
                }
            }
        }
        tags = VietnameseCollation.sorted(order.compactMap { bySlug[$0] }) { $0.name }
    }

    /// Whether `spelling` names a tag better than `name`, the best one met before it: more
    /// letters with diacritics, or as many and more stories using it (`uses`).
    private static func isBetter(_ spelling: String, than name: String, uses: [String: Int]) -> Bool {
        let marks = diacritics(spelling), current = diacritics(name)
        if marks != current { return marks > current }
        return uses[spelling, default: 0] > uses[name, default: 0]
    }

    /// How many letters of `text` are not plain ASCII (`"Khuyến học"` → 2), however the
    /// letters are composed.
    private static func diacritics(_ text: String) -> Int {
        text.filter { !$0.isASCII }.count
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
