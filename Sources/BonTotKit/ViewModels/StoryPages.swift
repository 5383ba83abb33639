/// Page maker placeholder, replaced by its owner.
enum StoryPages {
    static func pages(_ context: PortalContext) -> [Page] { [] }
}
