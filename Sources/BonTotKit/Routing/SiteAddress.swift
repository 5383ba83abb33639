import Foundation

/// The absolute address of each output, from the site's `base_url`, for the feed and the
/// sitemap, which need absolute links. A site whose `base_url` is not absolute (`/`) has none.
public struct SiteAddress: Sendable {
    /// `https://intranet.example/dang-bo/`, always ending in `/`.
    public let base: String
    let router: Router

    /// The address of the site of `router` at `baseURL`, or nil when `baseURL` is not an
    /// absolute `http://` or `https://` address.
    public init?(baseURL: String, router: Router = Router()) {
        let trimmed = baseURL.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), trimmed.count > 8,
              !trimmed.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" }) else { return nil }
        base = trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
        self.router = router
    }

    /// The absolute address of `route`: `https://intranet.example/dang-bo/chi-bo/kdc-21/`.
    public func url(_ route: Route) -> String {
        base + router.path(route)
    }

    /// The absolute address of the page written at `file` (a path from the root of the output
    /// ending in the page's file name), or nil for a file that is not a page.
    func url(pageFile file: String) -> String? {
        let name = Route.pageFileName
        guard file == name || file.hasSuffix("/" + name) else { return nil }
        return base + file.dropLast(name.count)
    }

    /// The address of a site lying at `router` under the same `base` (a unit of a district).
    func placed(at router: Router) -> SiteAddress {
        SiteAddress(base: base, router: router)
    }

    private init(base: String, router: Router) {
        self.base = base
        self.router = router
    }

    /// True when the address is this computer's own (`localhost`, `127.x.x.x`, `::1`), as the
    /// preview's is: a page elsewhere that follows it reaches the reader's own computer.
    public var isLoopback: Bool {
        var host = Substring(base.drop { $0 != ":" }.dropFirst(3).prefix { $0 != "/" && $0 != "?" && $0 != "#" }).lowercased()[...]
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasPrefix("[") { return host.dropFirst().prefix { $0 != "]" } == "::1" }
        host = host.prefix { $0 != ":" }
        if host.hasSuffix(".") { host = host.dropLast() }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return host == "localhost" || host.hasSuffix(".localhost")
            || octets.count == 4 && octets[0] == "127" && octets.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// The one line a build prints when it makes neither feed nor sitemap for want of an address.
    public static func skippedNote(baseURL: String, router: Router = Router()) -> String {
        "Không tạo \(router.file(.feed)) và \(router.file(.sitemap)): base_url trong site.yaml ('\(baseURL)') không phải địa chỉ tuyệt đối "
            + "(ví dụ https://intranet.example/dang-bo/) / feed and sitemap skipped: base_url is not an absolute address"
    }
}
