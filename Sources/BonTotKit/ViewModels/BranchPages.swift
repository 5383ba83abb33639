/// Page maker placeholder, replaced by its owner.
enum BranchPages {
    static func pages(_ context: PortalContext) -> [Page] { [] }
}
