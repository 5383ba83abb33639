/// What every page maker reads: the checked site, the rules applied to it, the Markdown
/// renderer configured for the site, and the router that places its outputs.
public struct PortalContext: Sendable {
    public var site: Site
    public var analysis: SiteAnalysis
    public var markdown: MarkdownRenderer
    public var router: Router

    public init(site: Site, analysis: SiteAnalysis, router: Router = Router()) {
        self.site = site
        self.analysis = analysis
        self.router = router
        markdown = MarkdownRenderer(allowHTML: site.config.allowHTML)
    }

    /// The chrome of a page of this site.
    public func chrome(title: String, route: Route, section: Route?, trail: [(String, Route)] = [],
                       description: String? = nil) -> PageChrome {
        PageChrome(config: site.config, title: title, route: route, router: router, section: section, trail: trail,
                   description: description)
    }

    /// The links written in the page at `route`.
    public func links(from route: Route) -> Links {
        Links(router: router, from: route)
    }

    /// What a page about one file decides on alone: that file and the file of the branch it
    /// names (whose name and kind it shows). See `Page.inputs`.
    func inputFiles(_ file: String, branch id: String?) -> [String] {
        [file] + (id.flatMap { site.branch(id: $0)?.source.file }.map { [$0] } ?? [])
    }
}
