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

    func lookup(_ requestPath: String) -> Lookup {
        let path = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard let decoded = path.removingPercentEncoding else { return .missing }
        let components = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !components.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") || $0.contains("\0") }) else {
            return .missing
        }
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
