/// Page maker placeholder, replaced by its owner.
enum ArchivePages {
    static func pages(_ context: PortalContext) -> [Page] { [] }
}
