/// What every page maker reads: the checked site, the rules applied to it, and the Markdown
/// renderer configured for the site.
public struct PortalContext: Sendable {
    public var site: Site
    public var analysis: SiteAnalysis
    public var markdown: MarkdownRenderer

    public init(site: Site, analysis: SiteAnalysis) {
        self.site = site
        self.analysis = analysis
        markdown = MarkdownRenderer(allowHTML: site.config.allowHTML)
    }

    /// The chrome of a page of this site.
    public func chrome(title: String, path: String, section: String?, trail: [(String, String)] = [],
                       description: String? = nil) -> PageChrome {
        PageChrome(config: site.config, title: title, path: path, section: section, trail: trail, description: description)
    }
}
