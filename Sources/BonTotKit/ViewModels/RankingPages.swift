/// Page maker placeholder, replaced by its owner.
enum RankingPages {
    static func pages(_ context: PortalContext) -> [Page] { [] }
}

extension RankingPages {
    static func files(_ context: PortalContext) -> [OutputFile] { [] }
}
