/// The search page, `/tim-kiem/`: a form, and the parts of the index its script loads on
/// demand. `tim-kiem/index.html?q=…&trong=…` runs a search as the page loads, so a search can
/// be shared as a link. A district's page also loads its units' parts from their own folders
/// (`don-vi/<unit>/tim-kiem/`), each result of a unit named with the unit, and a unit's unit
/// with the units it lies in ("Đảng bộ xã Bình Minh · Đảng bộ huyện Giồng Riềng").
struct SearchPage: Encodable {
    var chrome: PageChrome
    var scopes: [SearchScopeOption]
    var parts: [SearchPartLink]
    /// How the script folds each character (`SearchFolding.scriptTable`), as JSON.
    var foldTable: String
    var scriptHref: String

    init(parts: [SearchIndex.Part], context: PortalContext) {
        let links = context.links(from: .search)
        let units = context.unitListings
        chrome = context.chrome(title: "Tìm kiếm", route: .search, section: nil,
                                description: "Tìm chi bộ, gương điển hình và biên bản sinh hoạt"
                                    + (units.isEmpty ? "" : " của \(context.site.config.organization) và các đơn vị trực thuộc")
                                    + ", gõ có dấu hay không dấu đều được.")
        let unitParts = units.flatMap { unit in
            unit.searchParts.map { part in
                SearchPartLink(name: part.name, href: context.router.link(from: .search, to: .searchIndex(part.name), in: unit.router),
                               unit: unit.nameWithPlace, within: unit.scopeID)
            }
        }
        // Each unit of the district is a scope too, its own units' parts with it: `@<id>`, which
        // no part's name can start.
        var unitScopes: [SearchIndex.Scope] = []
        for unit in units where !unitScopes.contains(where: { $0.value == "@" + unit.scopeID }) {
            unitScopes.append(SearchIndex.Scope(value: "@" + unit.scopeID, label: unit.name))
        }
        scopes = (SearchIndex.scopes(parts.map(\.scope) + units.flatMap { $0.searchParts.map(\.scope) }) + unitScopes)
            .map { SearchScopeOption(value: $0.value, label: $0.label) }
        self.parts = parts.map { SearchPartLink(name: $0.name, href: links.to($0.route), unit: nil, within: nil) } + unitParts
        foldTable = SearchFolding.scriptTableJSON
        scriptHref = links.asset("search.js")
    }
}

/// A choice of where to search.
struct SearchScopeOption: Encodable {
    var value: String
    var label: String
}

/// A part of the index and the link to its script; a unit's part names its unit and the scope
/// it lies `within` (the id of the district's unit), and the links of its entries lead from the
/// unit's search page, beside the script.
struct SearchPartLink: Encodable {
    var name: String
    var href: String
    var unit: String?
    var within: String?
}
