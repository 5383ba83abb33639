/// The list of everything the portal holds, page maker by page maker.
public enum PortalPages {
    /// Every page maker, in the order of their pages.
    private static let makers: [@Sendable (PortalContext) -> [Page]] = [
        HomePage.pages, BranchPages.pages, RankingPages.pages, ArchivePages.pages, MinutesPages.pages,
        StoryPages.pages, BulletinPages.pages, SearchPages.pages, UnitPages.pages,
    ]

    /// Where the meetings' own pages go among the makers' pages: after the minutes section's.
    private static let meetingPagesPosition = 5

    /// Every HTML page, in a fixed order; the makers work on all cores at once. The meetings'
    /// own pages, by far the most, are made apart on all cores: a map inside the makers' map
    /// would run on the one core of its maker.
    public static func pages(_ context: PortalContext) -> [Page] {
        var made = Parallel.map(makers.count) { makers[$0](context) }
        made.insert(MinutesPages.meetingPages(context), at: meetingPagesPosition)
        return made.flatMap { $0 }
    }

    /// Every other generated file (CSV exports).
    public static func files(_ context: PortalContext) -> [OutputFile] {
        RankingPages.files(context) + UnitPages.files(context)
    }

    /// The files about the whole portal: the Atom feed and the sitemap of `pages`, or none
    /// when `base_url` is not an absolute address (see `SiteAddress.skippedNote`). A district's
    /// feed carries its units' newest entries too, and its sitemap every page of `outputFiles`
    /// (the files of the output, from its root) that lies in a unit's folder.
    public static func siteFiles(_ context: PortalContext, pages: [Page], outputFiles: [String] = []) -> [OutputFile] {
        guard let address = SiteAddress(baseURL: context.site.config.baseURL, router: context.router) else { return [] }
        let prefixes = context.unitListings.map(\.router.prefix)
        let unitPages = outputFiles.filter { file in prefixes.contains { file.hasPrefix($0) } }.sorted()
        return [OutputFile(route: .feed, bytes: Array(AtomFeed.text(context, address: address).utf8)),
                OutputFile(route: .sitemap, bytes: Array(Sitemap.text(pages.map(\.route), address: address, unitPages: unitPages).utf8))]
    }
}
