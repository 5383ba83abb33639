import Foundation

/// A walk over every link of a built portal as a browser opens it from disk (`file://`): each
/// `href` and `src` that stays inside the portal must name a file that exists (a folder, its
/// `index.html`), and each `#fragment` an `id` of the page it points to.
struct LinkWalk {
    let output: URL

    /// Every HTML page of the output, relative paths, sorted.
    func pages() -> [String] {
        let base = output.standardizedFileURL.path + "/"
        var pages: [String] = []
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let path = url.standardizedFileURL.path
            if path.hasSuffix(".html") { pages.append(String(path.dropFirst(base.count))) }
        }
        return pages.sorted()
    }

    /// Every broken link, as `page: link (why)`; and how many internal links were followed.
    func brokenLinks() -> (broken: [String], followed: Int) {
        var broken: [String] = []
        var followed = 0
        var ids: [String: Set<String>] = [:]
        for page in pages() {
            let html = text(page)
            for match in html.matches(of: /(?:href|src)="([^"]*)"/) {
                let link = Self.unescape(String(match.1))
                guard Self.isInternal(link) else { continue }
                followed += 1
                let (path, fragment) = Self.split(link)
                guard let target = resolve(path, from: page) else {
                    broken.append("\(page): \(link) (leaves the portal)")
                    continue
                }
                guard FileManager.default.fileExists(atPath: output.appending(path: target).path) else {
                    broken.append("\(page): \(link) (no file \(target))")
                    continue
                }
                if let fragment, !fragment.isEmpty, target.hasSuffix(".html") {
                    let known = ids[target] ?? Set(text(target).matches(of: /\sid="([^"]*)"/).map { String($0.1) })
                    ids[target] = known
                    if !known.contains(fragment) { broken.append("\(page): \(link) (no id '\(fragment)' in \(target))") }
                }
            }
        }
        return (broken, followed)
    }

    private func text(_ page: String) -> String {
        FileManager.default.contents(atPath: output.appending(path: page).path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The file a link leads to from `page`, relative to the output; nil when it climbs out.
    func resolve(_ link: String, from page: String) -> String? {
        var components = link.isEmpty ? page.split(separator: "/").map(String.init)
            : page.split(separator: "/").dropLast().map(String.init)
        if !link.isEmpty {
            for part in link.split(separator: "/", omittingEmptySubsequences: false) {
                switch part {
                case "", ".": continue
                case "..":
                    guard !components.isEmpty else { return nil }
                    components.removeLast()
                default: components.append(String(part))
                }
            }
        }
        var path = components.joined(separator: "/")
        var isDirectory: ObjCBool = false
        if link.hasSuffix("/") || path.isEmpty
            || (FileManager.default.fileExists(atPath: output.appending(path: path).path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            path += path.isEmpty ? "index.html" : "/index.html"
        }
        return path
    }

    /// True for a link inside the portal: no scheme (`https:`, `mailto:`), not `//host/…`.
    static func isInternal(_ link: String) -> Bool {
        if link.hasPrefix("//") { return false }
        return link.firstMatch(of: /^[A-Za-z][A-Za-z0-9+.\-]*:/) == nil
    }

    /// The path (percent-decoded, without query) and the fragment of a link.
    static func split(_ link: String) -> (path: String, fragment: String?) {
        let hash = link.firstIndex(of: "#")
        let fragment = hash.map { String(link[link.index(after: $0)...]) }
        var path = String(link[..<(hash ?? link.endIndex)])
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        return (path.removingPercentEncoding ?? path, fragment?.removingPercentEncoding ?? fragment)
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
