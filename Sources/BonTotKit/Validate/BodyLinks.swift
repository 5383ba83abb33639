import CCmark

/// Checks every link and image of a Markdown body, as SPEC §6 promises that no path in the
/// content leads out of the site: web addresses (`https://`, `mailto:`, `tel:`) and anchors
/// pass; a media file (`media/anh.jpg`) is checked like a front-matter one (present, copied);
/// an absolute path, a `file:` address, `..`, or any other local path is an error with the
/// file's line.
enum BodyLinks {
    /// The schemes a body may link to.
    static let webSchemes = ["http:", "https:", "mailto:", "tel:"]

    /// Checks `body`, whose first line is line `firstLine` of the file at `path`.
    static func check(_ body: String, firstLine: Int, path: String, context: DecodeContext) {
        let bytes = Array(body.utf8)
        guard bytes.contains(0x5D), let document = cmark_parse_document(bytes, bytes.count, CMARK_OPT_DEFAULT) else { return }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_IMAGE || type == CMARK_NODE_LINK,
                  let url = cmark_node_get_url(node).map({ String(cString: $0) }) else { continue }
            let line = firstLine + max(0, Int(cmark_node_get_start_line(node)) - 1)
            check(url, image: type == CMARK_NODE_IMAGE, at: SourceLocation(file: path, line: line), context: context)
        }
    }

    private static func check(_ url: String, image: Bool, at location: SourceLocation, context: DecodeContext) {
        let what = image ? "ảnh" : "liên kết"
        let lowered = url.lowercased()
        if url.isEmpty || url.hasPrefix("#") || webSchemes.contains(where: lowered.hasPrefix) { return }
        if url.hasPrefix("media/") && !url.split(separator: "/").contains("..") {
            let file = String(url.prefix { $0 != "#" && $0 != "?" }).removingPercentEncoding ?? url
            context.referenceMedia(file, at: location, field: "body")
            return
        }
        let reason: String
        if lowered.hasPrefix("file:") {
            reason = "địa chỉ file: trỏ tới máy của người soạn, không có trên cổng / a file: address"
        } else if url.hasPrefix("/") || url.hasPrefix("~") || url.hasPrefix("\\") || lowered.contains(":") {
            reason = "đường dẫn tuyệt đối hoặc địa chỉ không hỗ trợ / an absolute path or unsupported address"
        } else if url.split(separator: "/").contains("..") {
            reason = "đường dẫn có '..' ra ngoài thư mục content/ / the path leads out of content/ with '..'"
        } else {
            reason = "chỉ liên kết được tới địa chỉ web (https://…) hoặc tệp trong content/media/ / only web addresses and media/ files"
        }
        context.sink.error(location, field: "body", "\(what) '\(url)' trong bài không dùng được: \(reason)")
    }
}
