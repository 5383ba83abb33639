import CCmark

/// The media files a Markdown body shows or links, read as its page's renderer and the site's
/// check read them: every link and image libcmark finds (`MarkdownLinks`: inline, in `<…>`,
/// reference-style; with `allow_html`, the addresses of raw HTML, a `srcset`'s each), each address read by `BodyAddress.resolve(_:in:media:)` (`media/…` from
/// `content/`, `../media/…` from the file, a `#` or `?` told apart by the files). What a
/// bulletin prints with (`BulletinPages.media(shownIn:site:)`) is so the files its editorial's
/// page links, however the editor spelled them.
enum BodyMedia {
    /// The media files `markdown`, the body of the file at `file` (its path from the site,
    /// `content/bulletins/2024-09.md`), points to, by their names from `content/`
    /// (`media/anh.goc#1.jpg`, see `BodyAddress.mediaFile`), read against the site's media files
    /// `media`; in the body's order, each once. With `allowHTML` (the site keeps raw HTML), the
    /// addresses of its tags count too (`<img src="media/anh.jpg">`).
    static func files(in markdown: String, file: String, media: Set<String>, allowHTML: Bool) -> [String] {
        guard let document = CmarkDocument.parse(body: markdown, options: CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_node_free(document) }
        var found: [String] = [], seen = Set<String>()
        MarkdownLinks.each(in: document, rawHTML: allowHTML) { link in
            guard let name = BodyAddress.resolve(link.url, in: file, media: media)?.mediaFile, seen.insert(name).inserted else { return }
            found.append(name)
        }
        return found
    }
}
