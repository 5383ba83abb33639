/// Turns routes into output paths: the only place that does. A site built alone has no prefix;
/// a unit inside a district portal has `don-vi/<unit>/`, and all its outputs lie in that folder.
public struct Router: Hashable, Sendable, Codable {
    /// The folders from the root of the output to the root of the site (`["don-vi", "xa-a"]`).
    public let prefixFolders: [String]

    /// A router for a site written at `prefix`: `""` at the root of the output, or a folder
    /// such as `don-vi/xa-a/` (a trailing `/` is optional).
    public init(prefix: String = "") {
        prefixFolders = prefix.split(separator: "/").map(String.init)
    }

    /// The folder of the site inside the output: `""`, or ending in `/` (`don-vi/xa-a/`).
    public var prefix: String {
        prefixFolders.map { $0 + "/" }.joined()
    }

    /// The router of one unit of this site (a district's đảng bộ cơ sở), in `don-vi/<id>/`.
    public func unit(_ id: String) -> Router {
        Router(prefix: prefix + path(inSite: .unitDirectory) + id)
    }

    /// The folder of a page (`sinh-hoat/2024/09/`, the prefix for the home page), or the path of
    /// a file (`xep-hang/bang-xep-hang.csv`), from the root of the output.
    public func path(_ route: Route) -> String {
        prefix + path(inSite: route)
    }

    /// The file written for a route, from the root of the output: `chi-bo/kdc-21/index.html` for
    /// a page, the path itself for a file.
    public func file(_ route: Route) -> String {
        route.isPage ? path(route) + Route.pageFileName : path(route)
    }

    /// The way back from the folder of `route` to the root of the site: `""`, `../`, `../../`.
    public func root(from route: Route) -> String {
        // As many folders as slashes in the path (`chi-bo/b/`, `xep-hang/bang.csv`): counted on
        // the bytes, since every page asks for its root and splitting the path was a hundredth
        // of a build.
        String(repeating: "../", count: path(inSite: route).utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }

    /// The path of a route inside the site, without the prefix.
    func path(inSite route: Route) -> String {
        let path = route.components.map(\.name).joined(separator: "/")
        return route.isPage && !path.isEmpty ? path + "/" : path
    }

    /// The names of the path of `route` from the root of the output, one per folder or file.
    func names(_ route: Route) -> [String] {
        prefixFolders + Self.names(inSite: route)
    }

    /// The folders that hold the route's output inside the site: all its names for a page, all
    /// but the file's own name for a file.
    func folders(inSite route: Route) -> [String] {
        let names = Self.names(inSite: route)
        return route.isPage ? names : Array(names.dropLast())
    }

    /// The names of the route's path inside the site, as splitting `path(inSite:)` at its `/`
    /// gives them, taken from its components: only a name holding a `/` (a media file's path
    /// through folders) is split. Splitting the whole path character by character was a
    /// thirtieth of a clean build, every page linking to the theme's files.
    private static func names(inSite route: Route) -> [String] {
        var names: [String] = []
        for component in route.components {
            let name = component.name
            if name.utf8.contains(UInt8(ascii: "/")) {
                names += name.split(separator: "/").map(String.init)
            } else if !name.isEmpty {
                names.append(name)
            }
        }
        return names
    }
}
