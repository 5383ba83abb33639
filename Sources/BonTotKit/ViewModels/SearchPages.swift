/// The search page, `/tim-kiem/`; the build writes the parts of its index (`SearchIndex`) beside it.
enum SearchPages {
    static func pages(_ context: PortalContext) -> [Page] {
        [Page(route: .search, template: "search", model: SearchPage(parts: SearchIndex.parts(context), context: context))]
    }
}
