/// Page maker placeholder, replaced by its owner.
enum BulletinPages {
    static func pages(_ context: PortalContext) -> [Page] { [] }
}
