import CCmark

/// Checks the links and images of a Markdown body: none may point out of the site (SPEC §6), by
/// a `file:` address, an absolute path (`/etc/passwd`, `C:\…`, `~/…`) or a `..` that climbs
/// out of the page's folder. Links to web addresses (`https:`, `mailto:`) and inside the site
/// (`media/x.jpg`, `#part`) are fine.
enum BodyLinkCheck {
    /// Reports each such link at its line; `firstLine` is the file line the body starts on.
    static func check(_ body: String, firstLine: Int, path: String, sink: DiagnosticSink) {
        guard body.contains("](") || body.contains("]:") || body.contains("<") else { return }
        for (url, line) in links(in: body) where leadsOut(url) {
            sink.error(SourceLocation(file: path, line: firstLine + line - 1), field: "body",
                       "liên kết '\(url.prefix(80))' dẫn ra ngoài trang (đường dẫn tuyệt đối, 'file:' hoặc '..'); "
                       + "hãy chép tệp vào content/media/ và ghi media/… / the link leads outside the site")
        }
    }

    /// True for a destination that leaves the site.
    static func leadsOut(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("file:") || url.hasPrefix("~") || url.hasPrefix("\\") { return true }
        if url.hasPrefix("/") { return !url.hasPrefix("//") }
        let scalars = Array(url.unicodeScalars.prefix(3))
        if scalars.count >= 3, scalars[0].properties.isAlphabetic, scalars[1] == ":", scalars[2] == "\\" || scalars[2] == "/" {
            return true
        }
        let pathPart = url.split(whereSeparator: { $0 == "?" || $0 == "#" }).first ?? ""
        return pathPart.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    /// Every link and image destination with the body line it starts on (1-based).
    static func links(in body: String) -> [(url: String, line: Int)] {
        let bytes = Array(body.utf8)
        guard let document = cmark_parse_document(bytes, bytes.count, CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var links: [(String, Int)] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_IMAGE || type == CMARK_NODE_LINK, let url = cmark_node_get_url(node) else { continue }
            var line = Int(cmark_node_get_start_line(node))
            var parent = cmark_node_parent(node)
            while line == 0, let block = parent {
                line = Int(cmark_node_get_start_line(block))
                parent = cmark_node_parent(block)
            }
            links.append((String(cString: url), max(1, line)))
        }
        return links
    }
}
