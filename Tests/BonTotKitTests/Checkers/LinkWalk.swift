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
            for link in LinkExtractor.links(in: text(page)) where LinkExtractor.isInternal(link) {
                followed += 1
                guard !link.hasPrefix("/") else {
                    broken.append("\(page): \(link) (absolute: breaks the portal opened from disk or under a sub-path)")
                    continue
                }
                let fragment = LinkExtractor.split(link).fragment
                guard let target = LinkExtractor.target(link, from: page, isFolder: isFolder) else {
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

    /// True when `path`, relative to the output, is a folder.
    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: output.appending(path: path).path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }
}
