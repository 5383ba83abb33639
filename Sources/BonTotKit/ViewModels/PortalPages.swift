/// The list of everything the portal holds, page maker by page maker.
public enum PortalPages {
    /// The sections of the portal, in the order of their pages.
    private enum Section: CaseIterable {
        case home, branches, rankings, archive, minutes, meetings, stories, bulletins, search, units

        func pages(_ context: PortalContext) -> [Page] {
            switch self {
            case .home: HomePage.pages(context)
            case .branches: BranchPages.pages(context)
            case .rankings: RankingPages.pages(context)
            case .archive: ArchivePages.pages(context)
            case .minutes: MinutesPages.pages(context)
            case .meetings: MinutesPages.meetingPages(context)
            case .stories: StoryPages.pages(context)
            case .bulletins: BulletinPages.pages(context)
            case .search: SearchPages.pages(context)
            case .units: UnitPages.pages(context)
            }
        }

        /// True for the section that spreads its own work over all cores (the meetings' pages,
        /// by far the most): made inside the other sections' map, it would run on one core.
        var usesAllCores: Bool { self == .meetings }
    }

    /// Every HTML page, in a fixed order. The sections are made beside each other on all
    /// cores, then the one that uses all cores by itself.
    public static func pages(_ context: PortalContext) -> [Page] {
        let sections = Section.allCases
        var made = Parallel.map(sections.count) { sections[$0].usesAllCores ? [] : sections[$0].pages(context) }
        for (index, section) in sections.enumerated() where section.usesAllCores { made[index] = section.pages(context) }
        return made.flatMap { $0 }
    }

    /// Every other generated file (CSV exports).
    public static func files(_ context: PortalContext) -> [OutputFile] {
        RankingPages.files(context) + UnitPages.files(context)
    }

    /// The files about the whole portal: the Atom feed and the sitemap of `pages`, or none
    /// when `base_url` is not an absolute address (see `SiteAddress.skippedNote`); a unit's at
    /// its address inside the portal it is built into (`PortalContext.address`). A district's
    /// feed carries its units' newest entries too, and its sitemap every page of `outputFiles`
    /// (the files of the output, from its root) that lies in a unit's folder.
    public static func siteFiles(_ context: PortalContext, pages: [Page], outputFiles: [String] = []) -> [OutputFile] {
        guard let address = context.address else { return [] }
        let prefixes = context.unitListings.map(\.router.prefix)
        let unitPages = outputFiles.filter { file in prefixes.contains { file.hasPrefix($0) } }.sorted()
        return [OutputFile(route: .feed, bytes: Array(AtomFeed.text(context, address: address).utf8))]
            + Sitemap.files(pages.map(\.route), address: address, unitPages: unitPages)
    }
}
