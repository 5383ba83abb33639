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
            + UnitPages.pages(context)
    }

    /// Every other generated file (CSV exports).
    public static func files(_ context: PortalContext) -> [OutputFile] {
        RankingPages.files(context) + UnitPages.files(context)
    }
}
