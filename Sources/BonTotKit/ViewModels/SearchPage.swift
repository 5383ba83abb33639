/// The search page, `/tim-kiem/`: a form, and the parts of the index its script loads on
/// demand. `tim-kiem/index.html?q=…&trong=…` runs a search as the page loads, so a search can
/// be shared as a link.
struct SearchPage: Encodable {
    var chrome: PageChrome
    var scopes: [SearchScopeOption]
    var parts: [SearchPartLink]
    /// How the script folds each character (`SearchFolding.scriptTable`), as JSON.
    var foldTable: String
    var scriptHref: String

    init(parts: [SearchIndex.Part], context: PortalContext) {
        let links = context.links(from: .search)
        chrome = context.chrome(title: "Tìm kiếm", route: .search, section: nil,
                                description: "Tìm chi bộ, gương điển hình và biên bản sinh hoạt, gõ có dấu hay không dấu đều được.")
        scopes = SearchIndex.scopes(parts).map { SearchScopeOption(value: $0.value, label: $0.label) }
        self.parts = parts.map { SearchPartLink(name: $0.name, href: links.to($0.route)) }
        foldTable = SearchFolding.scriptTableJSON
        scriptHref = links.asset("search.js")
    }
}

/// A choice of where to search.
struct SearchScopeOption: Encodable {
    var value: String
    var label: String
}

/// A part of the index and the link to its script.
struct SearchPartLink: Encodable {
    var name: String
    var href: String
}
