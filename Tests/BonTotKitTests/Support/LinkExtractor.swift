import Foundation

/// The links of a built page, and the output file each leads to, as a browser that opened the
/// portal from disk (`file://`) follows them. The one link resolver of the tests: `LinkWalk`
/// checks a whole output with it, and tests that look at single links call it directly.
enum LinkExtractor {
    /// Every `href` and `src` value of `html`, entities decoded, in page order.
    static func links(in html: String) -> [String] {
        html.matches(of: /(?:href|src)="([^"]*)"/).map { unescape(String($0.output.1)) }
    }

    /// True for a link inside the portal: no scheme (`https:`, `mailto:`, `data:`), not
    /// `//host/…`. A fragment alone (`#top`) is internal: it leads to the page itself.
    static func isInternal(_ link: String) -> Bool {
        if link.hasPrefix("//") { return false }
        return link.firstMatch(of: /^[A-Za-z][A-Za-z0-9+.\-]*:/) == nil
    }

    /// The path (percent-decoded, without its query) and the fragment of a link.
    static func split(_ link: String) -> (path: String, fragment: String?) {
        let hash = link.firstIndex(of: "#")
        let fragment = hash.map { String(link[link.index(after: $0)...]) }
        var path = String(link[..<(hash ?? link.endIndex)])
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        return (path.removingPercentEncoding ?? path, fragment?.removingPercentEncoding ?? fragment)
    }

    /// The output file a link from `page` leads to, relative to the output's root, without its
    /// fragment or query: the page itself for a fragment alone, a folder's `index.html` for a
    /// path that ends in `/` or that `isFolder` says names a folder. Nil when the link climbs
    /// above the output's root (`../` once too often), which breaks it on disk.
    static func target(_ link: String, from page: String, isFolder: (String) -> Bool = { _ in false }) -> String? {
        let path = split(link).path
        if path.isEmpty { return page }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        let joined = parts.joined(separator: "/")
        if joined.isEmpty { return "index.html" }
        return path.hasSuffix("/") || isFolder(joined) ? joined + "/index.html" : joined
    }

    /// `text` with the five entities a page writes in attribute values decoded.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
