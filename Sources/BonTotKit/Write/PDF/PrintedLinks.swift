/// The links of a bulletin's page as its PDF holds them. Printed from the output folder, a link to
/// another page (`../../chi-bo/ap-bac/index.html`) became an address on the build machine's disk
/// (`file:///…/.output.bontot-spare/chi-bo/ap-bac/index.html`): dead once the PDF is mailed or
/// copied, and different in every folder the site is built in, so the same bulletin printed to
/// other bytes. Each such link is written as the page's address on the portal when the site has
/// an absolute `base_url` (`https://intranet.example/dang-bo/chi-bo/ap-bac/`), else taken off,
/// its text kept. Anchors (`#muc-1`) and web addresses stay as they are.
enum PrintedLinks {
    /// `html`, the page written at `page` (its path from the output's root,
    /// `ban-tin/2024-09/index.html`), with each local link of an `<a>` so written; `base` is the
    /// portal's absolute address (`SiteAddress.base`), nil when it has none.
    static func rewriting(_ html: String, page: String, base: String?) -> String {
        var result = "", rest = html[...]
        while let match = rest.firstMatch(of: /<a\b[^>]*?(\s)href="([^"]*)"/) {
            result += rest[..<match.range.lowerBound]
            let tag = String(match.output.0), href = String(match.output.2)
            let attribute = String(match.output.1) + "href=\"" + href + "\""
            if isLocal(href) {
                let printed = base.flatMap { address(of: href, from: page, base: $0) }
                result += tag.replacingOccurrences(of: attribute, with: printed.map { String(match.output.1) + "href=\"" + $0 + "\"" } ?? "")
            } else {
                result += tag
            }
            rest = rest[match.range.upperBound...]
        }
        return result + rest
    }

    /// False for an anchor, a web address (any scheme, `//host/…`) and an empty link.
    private static func isLocal(_ href: String) -> Bool {
        guard let first = href.first, first != "#", !href.hasPrefix("//") else { return false }
        return href.firstMatch(of: /^[A-Za-z][A-Za-z0-9+.\-]*:/) == nil
    }

    /// The absolute address of `href`, written in the page at `page`, under `base`; a page's
    /// `index.html` left off (`…/chi-bo/ap-bac/`), an anchor or query kept; nil when it climbs
    /// above the output's root.
    private static func address(of href: String, from page: String, base: String) -> String? {
        let end = href.firstIndex { $0 == "#" || $0 == "?" } ?? href.endIndex
        guard let parts = PathParts.resolve(href[..<end], from: page.split(separator: "/").dropLast().map(String.init)) else { return nil }
        var path = parts.joined(separator: "/")
        if href[..<end].hasSuffix("/"), !path.isEmpty { path += "/" }
        if path == Route.pageFileName {
            path = ""
        } else if path.hasSuffix("/" + Route.pageFileName) {
            path = String(path.dropLast(Route.pageFileName.count))
        }
        return base + path + href[end...]
    }
}
