import CCmark

/// Checks every link and image of a Markdown body, as SPEC §6 promises that no path in the
/// content leads out of the site: web addresses (`https://`, `mailto:`, `tel:`) and anchors
/// pass; a media file, written from `content/` (`media/anh.jpg`) or from the file as editors
/// write it (`../media/anh.jpg`, see `BodyAddress`), is checked like a front-matter one
/// (present, copied); an absolute path, a `file:` address, a `..` that leads out of
/// `content/`, or any other local path is an error with the file's line.
enum BodyLinks {
    /// The schemes a body may link to.
    static let webSchemes = ["http:", "https:", "mailto:", "tel:"]

    /// Checks `body`, whose first line is line `firstLine` of the file at `path`.
    static func check(_ body: String, firstLine: Int, path: String, context: DecodeContext) {
        let bytes = Array(body.utf8)
        guard bytes.contains(0x5D), let document = cmark_parse_document(bytes, bytes.count, CMARK_OPT_DEFAULT) else { return }
        defer { cmark_node_free(document) }
        MarkdownLinks.each(in: document) { link in
            check(link.url, image: link.isImage, in: path, at: SourceLocation(file: path, line: firstLine + link.line - 1), context: context)
        }
    }

    private static func check(_ url: String, image: Bool, in file: String, at location: SourceLocation, context: DecodeContext) {
        let what = image ? "ảnh" : "liên kết"
        let lowered = url.lowercased()
        if url.isEmpty || url.hasPrefix("#") || webSchemes.contains(where: lowered.hasPrefix) { return }
        let reason: String
        switch BodyAddress.resolve(url, in: file) {
        case .media(let path, _):
            context.referenceMedia(path.removingPercentEncoding ?? path, at: location, field: "body")
            return
        case .outsideContent:
            reason = "đường dẫn có '..' ra ngoài thư mục content/; hãy đặt tệp vào content/media/ và ghi 'media/<tên tệp>' "
                + "/ the path leads out of content/ with '..': put the file in content/media/ and write 'media/<name>'"
        case .content, nil:
            if lowered.hasPrefix("file:") {
                reason = "địa chỉ file: trỏ tới máy của người soạn, không có trên cổng / a file: address"
            } else if url.hasPrefix("/") || url.hasPrefix("~") || url.hasPrefix("\\") || lowered.contains(":") {
                reason = "đường dẫn tuyệt đối hoặc địa chỉ không hỗ trợ / an absolute path or unsupported address"
            } else {
                reason = "chỉ liên kết được tới địa chỉ web (https://…) hoặc tệp trong content/media/ / only web addresses and media/ files"
            }
        }
        context.sink.error(location, field: "body", "\(what) '\(url)' trong bài không dùng được: \(reason)")
    }
}
