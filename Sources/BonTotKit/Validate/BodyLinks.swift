import CCmark
#if canImport(Glibc)
import Glibc
#endif

/// Checks every link and image of a Markdown body, as SPEC §6 promises that no path in the
/// content leads out of the site: web addresses (`https://`, `mailto:`, `tel:`) and anchors
/// pass; a media file, written from `content/` (`media/anh.jpg`) or from the file as editors
/// write it (`../media/anh.jpg`, see `BodyAddress`), is checked like a front-matter one
/// (present, copied); an absolute path, a `file:` address, a `..` that leads out of
/// `content/`, or any other local path is an error with the file's line. A site that keeps raw
/// HTML (`allow_html: true`) has the addresses of its tags (`RawHTMLAddresses`) checked the same way.
enum BodyLinks {
    /// The schemes a body may link to.
    static let webSchemes = ["http:", "https:", "mailto:", "tel:"]

    /// Checks `body`, whose first line is line `firstLine` of the file at `path`.
    static func check(_ body: String, firstLine: Int, path: String, context: DecodeContext) {
        var body = body
        guard !body.withUTF8(holdsOnlyWebAddresses), let document = CmarkDocument.parse(body: body, options: CMARK_OPT_DEFAULT) else { return }
        defer { cmark_node_free(document) }
        MarkdownLinks.each(in: document, rawHTML: context.allowHTML) { link in
            if link.rawHTML != nil, hasOtherScheme(link.url) { return }
            check(link.url, what: noun(of: link), rawHTML: link.rawHTML != nil, in: path,
                  at: SourceLocation(file: path, line: firstLine + link.line - 1), context: context)
        }
        UnlinkedAddresses.each(in: document) { found in
            reportUnlinked(found, in: path, at: SourceLocation(file: path, line: firstLine + found.line - 1), context: context)
        }
    }

    /// True when `url` starts with a scheme other than `file:` (`data:`, `javascript:`,
    /// `sms:`), or with `//` (a web address on the page's own scheme, as embedded players are
    /// written): raw HTML, which a site that allows it trusts, may use any such address; a
    /// Markdown link is held to `webSchemes`.
    private static func hasOtherScheme(_ url: String) -> Bool {
        if url.hasPrefix("//") { return true }
        guard let colon = url.firstIndex(of: ":"), let first = url.first, first.isASCII, first.isLetter,
              url[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return false }
        return colon > url.index(after: url.startIndex) && url[..<colon].lowercased() != "file"
    }

    /// A picture or link to a media file whose name holds a space, written as a clerk names a
    /// photo (`![Đại hội](media/Ảnh đại hội.jpg)`): Markdown took no link, and the page would
    /// show the line as typed. An error saying to write the path in `<…>`, or to rename the
    /// file; the file is looked for too, so a missing one is told as well.
    private static func reportUnlinked(_ found: UnlinkedAddresses.Found, in file: String, at location: SourceLocation, context: DecodeContext) {
        guard let address = resolve(found.address, in: file, context: context) else { return }
        let what = found.isImage ? "ảnh" : "liên kết"
        if !found.isImage, let page = address.pageFile {
            // `[bài](../stories/Gương sáng.md)`: another page's file, named with spaces.
            context.referencePage(page, at: location, field: "body")
            context.sink.error(location, field: "body",
                               "liên kết '\(found.address)' trong bài có dấu cách nên không thành liên kết, trang sẽ hiện nguyên dòng chữ; "
                               + "hãy ghi đường dẫn trong dấu <>: '(<\(found.address)>)' / the path holds spaces, so Markdown makes no link of it: "
                               + "write '(<\(found.address)>)'")
            return
        }
        guard case .media(let path, let suffix) = address, let name = address.mediaFile else { return }
        context.referenceMedia(name, at: location, field: "body")
        let renamed = Slug.fileName(String(name.split(separator: "/").last ?? Substring(name)))
        context.sink.error(location, field: "body",
                           "\(what) '\(found.address)' trong bài có dấu cách nên không thành \(what), trang sẽ hiện nguyên dòng chữ; "
                           + "hãy ghi đường dẫn trong dấu <>: '(<\(path + suffix)>)', hoặc đổi tên tệp thành '\(renamed)' "
                           + "/ the path holds spaces, so Markdown makes no link of it: write '(<\(path + suffix)>)' or rename the file")
    }

    /// Where `url`, written in the file at `file`, points, read against the site's media files as
    /// the page's renderer reads it (`BodyAddress.resolve(_:in:media:)`); noted in `context`
    /// when that depends on the files (`DecodeContext.readMediaFiles`).
    private static func resolve(_ url: String, in file: String, context: DecodeContext) -> BodyAddress? {
        if BodyAddress.dependsOnMediaFiles(url) { context.readMediaFiles = true }
        return BodyAddress.resolve(url, in: file, media: context.media)
    }

    /// True when every address the Markdown `bytes` can hold is one the check passes (a web
    /// address or an anchor), told without parsing them: a link's address follows `](` (inline)
    /// or `]:` (a reference's definition) or sits in `<…>` (an autolink), so a text with no `<`,
    /// no `]:`, and only web addresses or anchors after each `](` has nothing to check. Most
    /// minutes link only to the Party's web sites, and parsing each body here as well as when
    /// its page is rendered cost a tenth of decoding. Anything else is left to libcmark. The
    /// bytes are searched with `memchr`, a `<` first, then each `]`: looked at one by one, the
    /// bytes of every body took as long again.
    static func holdsOnlyWebAddresses(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        if memchr(base, Int32(UInt8(ascii: "<")), bytes.count) != nil { return false }
        var index = 0
        while index < bytes.count, let found = memchr(base + index, Int32(UInt8(ascii: "]")), bytes.count - index) {
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: ":") { return false }
            guard bytes[index] == UInt8(ascii: "(") else { continue }
            var start = index + 1
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A { start += 1 }
            guard startsWithWebAddress(bytes[start...]) else { return false }
            index = start
        }
        return true
    }

    /// True when `bytes` start with `#` or a scheme of `webSchemes`, in any case.
    private static func startsWithWebAddress(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if bytes.first == UInt8(ascii: "#") { return true }
        return webSchemes.contains { scheme in
            bytes.count > scheme.utf8.count
                && zip(bytes, scheme.utf8).allSatisfy { byte, wanted in (0x41...0x5A ~= byte ? byte | 0x20 : byte) == wanted }
        }
    }

    /// Why a link to a page's file whose `..` leads out of `content/` is refused, and what to
    /// write: the same file from `content/` when dropping the `..` names one of the page
    /// folders (`../../minutes/2024/a.md`, one `..` too many: `minutes/2024/a.md`); for a file of
    /// another site's `content/` (a unit's, `../../units/xa-a/content/minutes/…`), that its page
    /// is linked by its web address.
    private static func outOfContentToAPage(_ url: String) -> String? {
        let path = String(url.prefix { $0 != "#" && $0 != "?" })
        guard PageSources.extensions.contains(PathParts.lowercasedExtension(of: path)) else { return nil }
        let parts = path.split(separator: "/").drop { $0 == ".." || $0 == "." }
        let out = "đường dẫn có '..' ra ngoài thư mục content/", outEnglish = " / the path leads out of content/ with '..'"
        if let first = parts.first, PageSources.folders.contains(String(first)) {
            let fix = parts.joined(separator: "/") + url.dropFirst(path.count)
            return out + "; hãy ghi từ content/: '\(fix)'" + outEnglish + ": write it from content/: '\(fix)'"
        }
        if parts.contains("content") {
            return out + "; tệp này thuộc content/ của một cổng khác (một đơn vị?): bài chỉ liên kết bằng tệp tới trang của chính cổng này, "
                + "tới trang của cổng khác hãy ghi địa chỉ web của trang (https://…)" + outEnglish
                + ": that file is another site's (a unit's?): link its page by its web address"
        }
        return nil
    }

    /// What a message calls `link`: a picture ("ảnh"), another file a tag of raw HTML shows
    /// ("tệp": an `<object>`'s document, a video), or a link ("liên kết").
    private static func noun(of link: MarkdownLinks.Link) -> String {
        if let raw = link.rawHTML?.address { return raw.isPicture ? "ảnh" : raw.isSource ? "tệp" : "liên kết" }
        return link.isImage ? "ảnh" : "liên kết"
    }

    /// The one media file named as `url`'s last part; the message then depends on the site's
    /// media files, so the file's decoding is not cached (`DecodeContext.readMediaFiles`).
    private static func sameMediaName(as url: String, context: DecodeContext) -> String? {
        context.readMediaFiles = true
        return MediaCheck.sameName(as: url, among: context.media)
    }

    private static func check(_ url: String, what: String, rawHTML: Bool, in file: String, at location: SourceLocation,
                              context: DecodeContext) {
        let lowered = url.lowercased()
        if url.isEmpty || url.hasPrefix("#") || webSchemes.contains(where: lowered.hasPrefix) { return }
        let reason: String
        let address = resolve(url, in: file, context: context)
        switch address {
        case .media:
            if let name = address?.mediaFile { context.referenceMedia(name, at: location, field: "body") }
            return
        case .content where address?.pageFile != nil && what == "ảnh":
            // `![…](../stories/b.md)`: the page would show a broken picture of another page.
            reason = rawHTML
                ? "đây là tệp của một trang, không phải ảnh; để dẫn tới trang đó hãy ghi <a href=\"\(url)\">…</a> "
                    + "/ that is the file of a page, not a picture: to link its page, write <a href=\"\(url)\">…</a>"
                : "đây là tệp của một trang, không phải ảnh; để dẫn tới trang đó hãy bỏ dấu '!' trước '[' "
                    + "/ that is the file of a page, not a picture: to link its page, drop the '!'"
        case .content where address?.pageFile != nil:
            // Another page of the site, by the file it is made from: whether one is, the site's check tells (`PageLinkCheck`).
            if let page = address?.pageFile { context.referencePage(page, at: location, field: "body") }
            return
        case .outsideContent:
            reason = outOfContentToAPage(url) ?? "đường dẫn có '..' ra ngoài thư mục content/; hãy đặt tệp vào content/media/ và ghi 'media/<tên tệp>' "
                + "/ the path leads out of content/ with '..': put the file in content/media/ and write 'media/<name>'"
        case .content, nil:
            if lowered.hasPrefix("file:") {
                reason = "địa chỉ file: trỏ tới máy của người soạn, không có trên cổng / a file: address"
            } else if url.hasPrefix("/") || url.hasPrefix("~") || url.hasPrefix("\\") || lowered.contains(":") {
                reason = "đường dẫn tuyệt đối hoặc địa chỉ không hỗ trợ / an absolute path or unsupported address"
            } else if let written = sameMediaName(as: url, context: context) {
                // "![…](anh/ap-1.svg)" for media/ap-1.svg: the file is there, its path written otherwise.
                reason = "tệp cùng tên nằm ở '\(written)': hãy ghi '\(written)' / the file of that name is '\(written)': write '\(written)'"
            } else {
                reason = "chỉ liên kết được tới địa chỉ web (https://…), tệp trong content/media/ hoặc tệp của một trang "
                    + "(biên bản, bài viết, chi bộ, bản tin: '../minutes/2024/ten-tep.md') / only web addresses, media/ files and the files of pages"
            }
        }
        let message = "\(what) '\(url)' trong bài không dùng được: \(reason)"
        if isPageAddress(url), address != nil || url.hasPrefix("/") {
            // `../sinh-hoat/a/`, `/chi-bo/a/`: refused once the site's pages are known, naming the file to link (`PageLinkCheck`).
            context.referencePageAddress(url, refusal: message, at: location, field: "body")
        } else {
            context.sink.error(location, field: "body", message)
        }
    }

    /// True when `url` is written as a page's address on the portal: a folder (`../chi-bo/a/`,
    /// `/sinh-hoat/a/`) or a page (`…/index.html`), an anchor or query after it.
    private static func isPageAddress(_ url: String) -> Bool {
        let path = url.prefix { $0 != "#" && $0 != "?" }
        let page = Route.pageFileName
        return path.count > 1 && (path.hasSuffix("/") || path.hasSuffix("/" + page) || path == page)
    }
}
