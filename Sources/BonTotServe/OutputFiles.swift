import BonTotKit
import Foundation

/// Finds the file of the built output that a request asks for: `/chi-bo/` is the page
/// `chi-bo/index.html`, `/chi-bo` a folder to be redirected to `/chi-bo/`; nothing outside the
/// output is ever served.
struct OutputFiles: Sendable {
    let output: URL

    /// What a request path leads to.
    enum Lookup: Equatable {
        case file(URL)
        case folderWithoutSlash
        case missing
    }

    /// A page of the output: its address from the server's root (`/don-vi/xa-a/chi-bo/`) and the
    /// title it has.
    struct Page: Equatable {
        let address: String
        let title: String
    }

    func lookup(_ requestPath: String) -> Lookup {
        guard let (decoded, components) = Self.components(of: requestPath) else { return .missing }
        var url = output
        for component in components { url.append(path: component) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .missing }
        if isFolder.boolValue {
            guard decoded.isEmpty || decoded.hasSuffix("/") else { return .folderWithoutSlash }
            let page = url.appending(path: BonTotKit.Router().file(.home))
            return FileManager.default.fileExists(atPath: page.path) ? .file(page) : .missing
        }
        return .file(url)
    }

    /// The address of the page a path typed with Vietnamese letters, capitals or spaces means,
    /// its folders folded as every address of the portal is (`/chi-bộ/` and `/Sinh-Hoạt/` are
    /// `/chi-bo/` and `/sinh-hoat/`, `/guong-dien-hinh/chu-de/dân vận khéo/` the tag's page);
    /// nil when folding changes nothing, when the path names a file (`media/Ảnh đẹp.jpg` keeps
    /// its name) or when the output has no such page.
    func foldedPage(for requestPath: String) -> String? {
        guard let (_, components) = Self.components(of: requestPath), let last = components.last, !last.contains(".")
        else { return nil }
        let folded = components.map(Slug.fold)
        guard folded != components, !folded.contains(where: \.isEmpty) else { return nil }
        let address = "/" + folded.joined(separator: "/") + "/"
        guard case .file = lookup(address) else { return nil }
        return address
    }

    /// The page `requestPath` was most likely meant as, each folder the output lacks read as the
    /// one beside it whose name is within a small edit distance, compared folded
    /// (`Suggestion.closest`): `/chi-bo/kdc-an-phuu/` is `/chi-bo/kdc-an-phu/`, `/chi-boo/ap-1/`
    /// `/chi-bo/ap-1/`; inside a unit of a district, one of the unit's own pages. Nil when one
    /// of them has none close, or the path names a file.
    func nearestPage(to requestPath: String) -> Page? {
        guard let (_, components) = Self.components(of: requestPath), let last = components.last, !last.contains(".")
        else { return nil }
        let home = BonTotKit.Router().file(.home)
        var folder = output
        var folders: [String] = []
        for typed in components {
            var name = typed
            if !FileManager.default.fileExists(atPath: folder.appending(path: typed).path) {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                    .filter { !$0.hasPrefix(".") && Self.isFolder(folder.appending(path: $0)) }
                guard let meant = Suggestion.closest(to: Slug.fold(typed), among: names.sorted()) else { return nil }
                name = meant
            }
            folders.append(name)
            folder.append(path: name)
        }
        guard folders != components, let data = FileManager.default.contents(atPath: folder.appending(path: home).path)
        else { return nil }
        let address = "/" + folders.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }
            .joined(separator: "/") + "/"
        return Page(address: address, title: Self.title(of: String(decoding: data, as: UTF8.self)) ?? address)
    }

    /// True when `url` is a folder.
    private static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The address of the search page nearest above `requestPath` that the output has: a
    /// unit's own inside a district (`/don-vi/xa-a/tim-kiem/`), else the portal's.
    func searchPage(above requestPath: String) -> String? {
        let folders = Self.components(of: requestPath)?.components ?? []
        return (0..<max(folders.count, 1)).reversed().lazy.map { count in
            "/" + folders.prefix(count).map { ($0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0) + "/" }.joined()
                + BonTotKit.Router().path(.search)
        }.first { address in
            guard case .file = lookup(address) else { return false }
            return true
        }
    }

    /// The pages of the folders above `requestPath` that the output holds, nearest first, the
    /// home left out: for `/don-vi/xa-a/chi-bo/khong-co/`, the unit's branch directory, the unit's
    /// home and the district's list of units.
    func pages(above requestPath: String) -> [Page] {
        guard let (_, components) = Self.components(of: requestPath), components.count > 1 else { return [] }
        return (1..<components.count).reversed().compactMap { count in
            let folders = Array(components.prefix(count))
            var url = output
            for folder in folders { url.append(path: folder) }
            url.append(path: BonTotKit.Router().file(.home))
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            let address = "/" + folders.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }
                .joined(separator: "/") + "/"
            return Page(address: address, title: Self.title(of: String(decoding: data, as: UTF8.self)) ?? address)
        }
    }

    /// The folders and file a request path names, decoded (`%C4%91` is `đ`), with the decoded
    /// path; nil when it cannot be decoded or would leave the output (`..`, a hidden name).
    private static func components(of requestPath: String) -> (decoded: String, components: [String])? {
        let path = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard let decoded = path.removingPercentEncoding else { return nil }
        let components = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !components.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") || $0.contains("\0") }) else {
            return nil
        }
        return (decoded, components)
    }

    /// The text of a page's `<title>`, its character references read (`&amp;` is `&`); nil when
    /// it has none or holds markup.
    private static func title(of html: String) -> String? {
        guard let start = html.range(of: "<title>"), let end = html.range(of: "</title>", range: start.upperBound..<html.endIndex)
        else { return nil }
        let raw = html[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        guard !raw.isEmpty, !raw.contains("<") else { return nil }
        return HTMLCharacterReferences.decoded(Substring(raw))
    }

    /// The media type of a file, by its extension.
    static func contentType(of url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }
}
