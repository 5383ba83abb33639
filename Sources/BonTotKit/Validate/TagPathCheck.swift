/// A story's tag whose page (`guong-dien-hinh/chu-de/<tag>/`) is too long for a Windows share
/// where the site lies in the portal being built: a commune's, two unit folders deep in a
/// province's, passes Windows' limit with a tag the commune's own portal takes
/// (`RouteCheck.overlongWindowsPath`). A warning on the story's `tags:` line, as a tag Windows
/// keeps for a device is an error there. Checked on every build with the site's router, never
/// kept in the decode cache, which does not know where the site lies.
enum TagPathCheck {
    static func check(_ stories: [Story], router: Router, sink: DiagnosticSink) {
        for story in stories {
            var seen = Set<String>()
            for tag in story.tags {
                let slug = Slug.fold(tag)
                guard !slug.isEmpty, slug.utf8.count <= RouteCheck.longestName, seen.insert(slug).inserted else { continue }
                let claim = RouteClaim(.storyTag(slug), router: router, at: story.tagsSource, field: "tags")
                if let warning = RouteCheck.overlongWindowsPath(of: claim) { sink.report(warning) }
            }
        }
    }
}
