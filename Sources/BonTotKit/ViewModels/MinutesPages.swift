/// Page maker placeholder, replaced by its owner.
enum MinutesPages {
    static func pages(_ context: PortalContext) -> [Page] { [] }
}
