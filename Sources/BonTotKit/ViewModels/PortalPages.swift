/// The list of everything the portal holds, page maker by page maker.
public enum PortalPages {
    /// Every HTML page, in a fixed order.
    public static func pages(_ context: PortalContext) -> [Page] {
        HomePage.pages(context)
            + BranchPages.pages(context)
            + RankingPages.pages(context)
            + ArchivePages.pages(context)
            + MinutesPages.pages(context)
            + StoryPages.pages(context)
            + BulletinPages.pages(context)
            + SearchPages.pages(context)
    }

    /// Every other generated file (CSV exports).
    public static func files(_ context: PortalContext) -> [OutputFile] {
        RankingPages.files(context)
    }

    /// The files about the whole portal: the Atom feed and the sitemap of `pages`, or none
    /// when `base_url` is not an absolute address (see `SiteAddress.skippedNote`).
    public static func siteFiles(_ context: PortalContext, pages: [Page]) -> [OutputFile] {
        guard let address = SiteAddress(baseURL: context.site.config.baseURL, router: context.router) else { return [] }
        return [OutputFile(route: .feed, bytes: Array(AtomFeed.text(context, address: address).utf8)),
                OutputFile(route: .sitemap, bytes: Array(Sitemap.text(pages.map(\.route), address: address).utf8))]
    }
}
