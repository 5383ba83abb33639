/// Checks, before anything is written, the routes that content files claim: a value the router
/// keeps for itself (a story slug `chu-de` is the folder of the tag pages, a minutes file named
/// `2024` the folder of that year's months), and different routes that would write one file.
public enum RouteCheck {
    /// One error per claim that collides, at the place its value is written. `routers` are the
    /// sites that share the output (a district and its units), besides those of the claims.
    ///
    /// Different routes that would write one file are reported first, each naming every file
    /// involved; the same route claimed twice (two files with one slug) is a duplicate id,
    /// reported where ids are checked, not here. A claim that collides with no other claim is
    /// then checked against every kind of output the sites make. A value that Windows keeps for
    /// a device is an error (`windowsDevice`); a page too long for Windows is a warning
    /// (`overlongWindowsPath`).
    public static func diagnostics(_ claims: [RouteClaim], routers: [Router] = []) -> [Diagnostic] {
        var sites: [Router] = []
        var seen = Set<Router>()
        for router in routers + claims.map(\.router) where seen.insert(router).inserted { sites.append(router) }
        let (collided, diagnostics) = collisions(claims)
        let patterns = sitePatterns(sites)
        return Parallel.map(claims, overlongName).compactMap { $0 } + Parallel.map(claims, windowsDevice).compactMap { $0 }
            + Parallel.map(claims, overlongWindowsPath).compactMap { $0 } + diagnostics
            + Parallel.map(claims) { !collided.isEmpty && collided.contains($0) ? nil : reservation(of: $0, patterns: patterns) }.compactMap { $0 }
    }

    /// The folders of every kind of output in each of `sites`, worked out once for all claims.
    private static func sitePatterns(_ sites: [Router]) -> [(site: Router, kind: Route.Kind, pattern: [RouteComponent])] {
        sites.flatMap { site in
            Route.Kind.allCases.map { kind in (site, kind, site.prefixFolders.map(RouteComponent.fixed) + kind.sample.components) }
        }
    }

    /// The longest name of a file or folder that file systems accept, in bytes (`NAME_MAX`).
    public static let longestName = 255

    /// An error when a value of the claim's path is longer than a file system accepts, so that
    /// `check` refuses what the build could not write.
    static func overlongName(of claim: RouteClaim) -> Diagnostic? {
        guard let name = claim.route.components.map(\.name).first(where: { $0.utf8.count > longestName }) else { return nil }
        let noun = claim.route.kind.valueName
        let field = claim.field.map { " (trường '\($0)')" } ?? ""
        return .error(at: claim.location, field: claim.field,
                      "\(noun.vi)\(field) '\(name.prefix(40))…' dài \(name.utf8.count) byte, vượt giới hạn \(longestName) byte của tên tệp; "
                      + "hãy ghi 'slug:' ngắn hơn hoặc đổi tên tệp / the \(noun.en) is \(name.utf8.count) bytes long, over the \(longestName)-byte limit of file names")
    }

    /// An error when the claim's path is, or lies in, a folder or file that another kind of
    /// output takes in one of `sites`.
    private static func reservation(of claim: RouteClaim,
                                    patterns: [(site: Router, kind: Route.Kind, pattern: [RouteComponent])]) -> Diagnostic? {
        let components = claim.router.prefixFolders.map(RouteComponent.fixed) + claim.route.components
        for (site, kind, pattern) in patterns where site != claim.router || kind != claim.route.kind {
            guard let position = conflict(components, pattern) else { continue }
            return reserved(claim, value: components[position].name, by: kind, isFolder: components.count < pattern.count)
        }
        return nil
    }

    /// The first position where a value of `components` meets a name the router fixes in
    /// `pattern`, or a value of another kind, when `components` could be the start of `pattern`.
    static func conflict(_ components: [RouteComponent], _ pattern: [RouteComponent]) -> Int? {
        guard components.count <= pattern.count else { return nil }
        var first: Int?
        for (index, (component, slot)) in zip(components, pattern).enumerated() {
            switch (component, slot) {
            case (.fixed(let name), .fixed(let fixed)):
                guard name == fixed else { return nil }
            case (.fixed(let name), .value(_, let kind)):
                guard kind.accepts(name) else { return nil }
            case (.value(let name, _), .fixed(let fixed)):
                guard name == fixed else { return nil }
                first = first ?? index
            case (.value(let name, let own), .value(_, let kind)):
                guard kind.accepts(name) else { return nil }
                if own != kind { first = first ?? index }
            }
        }
        return first
    }

    private static func reserved(_ claim: RouteClaim, value: String, by kind: Route.Kind, isFolder: Bool) -> Diagnostic {
        let noun = claim.route.kind.valueName, title = kind.title
        let path = claim.router.path(claim.route)
        let vi = isFolder ? "\(path) là thư mục của \(title.vi)" : "\(path) đã dành cho \(title.vi)"
        let en = isFolder ? "\(path) holds \(title.en)" : "\(path) is \(title.en)"
        return .error(at: claim.location, field: claim.field,
                      "\(noun.vi) '\(value)' không dùng được vì \(vi); hãy chọn tên khác / the \(noun.en) '\(value)' is reserved: \(en)")
    }

    /// One error at each claim of a file that different routes would write, and those claims.
    static func collisions(_ claims: [RouteClaim]) -> (claims: Set<RouteClaim>, diagnostics: [Diagnostic]) {
        var collided = Set<RouteClaim>()
        var diagnostics: [Diagnostic] = []
        let files = Parallel.map(claims, \.file)
        let shared = Dictionary(grouping: claims.indices, by: { files[$0] }).filter { $0.value.count > 1 }
            .mapValues { $0.map { claims[$0] } }
        for file in shared.keys.sorted() {
            let group = shared[file] ?? []
            let routes = Set(group.map { RouteKey(router: $0.router, route: $0.route) })
            guard routes.count > 1 else { continue }
            let files = Array(Set(group.map(\.location.file))).sorted()
            let list = files.joined(separator: ", ")
            for claim in group {
                collided.insert(claim)
                diagnostics.append(.error(at: claim.location, field: claim.field,
                                          "\(routes.count) trang cùng ghi vào \(file), từ các tệp \(list); hãy đổi tên một tệp / "
                                          + "\(routes.count) outputs would be written to \(file), from \(list)"))
            }
        }
        return (collided, diagnostics)
    }

    /// A route in one site.
    private struct RouteKey: Hashable {
        var router: Router
        var route: Route
    }
}
