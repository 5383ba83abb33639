/// The tags of the stories, folded with `Slug.fold` so that spellings differing only in case or
/// diacritics share one page (`guong-dien-hinh/chu-de/<slug>/`).
struct StoryTags {
    /// One tag: its slug, the name shown, its stories newest first, and how many of them each
    /// other tag shares (by slug).
    struct Tag {
        var slug: String
        var name: String
        var stories: [Story]
        var shared: [String: Int] = [:]
    }

    /// How many other tags a tag's page lists at most (`others(of:)`): the whole list is the
    /// index's, where a site of a thousand tags lists them once, not on each of their pages.
    static let othersShown = 30

    /// Every tag in Vietnamese alphabetical order of its name.
    var tags: [Tag]
    /// The place of each tag in `tags`, by slug.
    private var position: [String: Int] = [:]
    /// The slugs of the `othersShown + 1` tags of most stories, most first (ties alphabetically).
    private var mostUsed: [String] = []

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
            var slugs: [String] = []
            for tag in story.tags {
                let slug = Slug.fold(tag)
                guard !slug.isEmpty, seen.insert(slug).inserted else { continue }
                slugs.append(slug)
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
            // A story's tags are few (`ContentLimits.tagsPerStory`): each pair of them once.
            for slug in slugs {
                for other in slugs where other != slug { bySlug[slug]?.shared[other, default: 0] += 1 }
            }
        }
        tags = VietnameseCollation.sorted(order.compactMap { bySlug[$0] }) { $0.name }
        position = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1.slug, $0) })
        mostUsed = tags.indices.sorted { (-tags[$0].stories.count, $0) < (-tags[$1].stories.count, $1) }
            .prefix(Self.othersShown + 1).map { tags[$0].slug }
    }

    /// The other tags the page of `tag` lists, in alphabetical order: all of them on a site of
    /// no more than `othersShown + 1` tags; else the `othersShown` nearest, those sharing most
    /// of its stories first, then those of most stories, so that the page keeps its size however
    /// many tags the site has.
    func others(of tag: Tag) -> [Tag] {
        guard tags.count > Self.othersShown + 1 else { return tags.filter { $0.slug != tag.slug } }
        let sharing = tag.shared.sorted { lhs, rhs in
            (-lhs.value, -tags[position[lhs.key] ?? 0].stories.count, position[lhs.key] ?? 0)
                < (-rhs.value, -tags[position[rhs.key] ?? 0].stories.count, position[rhs.key] ?? 0)
        }.map(\.key)
        var chosen: [String] = []
        var taken: Set<String> = [tag.slug]
        for slug in sharing + mostUsed where chosen.count < Self.othersShown && taken.insert(slug).inserted {
            chosen.append(slug)
        }
        return chosen.compactMap { position[$0] }.sorted().map { tags[$0] }
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
