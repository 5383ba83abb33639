import BonTotKit
import Foundation

extension FuzzInput {
    /// What the `body` mode's input becomes, by its first byte: the Markdown body of a meeting's
    /// minutes, of a story or of a month's bulletin editorial, under a fixed valid front matter, in
    /// a site that keeps raw HTML (`allow_html: true`) or drops it.
    struct BodyFile {
        let path: String
        let frontMatter: String
        /// The level of the page's heading the body sits under (`MarkdownRenderer.html`).
        let level: Int
        /// How many characters of its text the search index keeps (`SearchIndex`).
        let searchLimit: Int

        static let kinds = [
            BodyFile(path: "content/minutes/2024/ap-1-2024-10.md", frontMatter: """
                ---
                branch: ap-1
                date: 2024-10-05
                kind: thuong-ky
                attendance: { present: 36, expected: 40 }
                ---

                """, level: 2, searchLimit: SearchIndex.minutesBodyLimit),
            BodyFile(path: "content/stories/fuzz.md", frontMatter: """
                ---
                title: Chi bộ ấp 1 hiến đất làm đường
                kind: tap-the
                branch: ap-1
                date: 2024-10-01
                ---

                """, level: 1, searchLimit: SearchIndex.storyBodyLimit),
            BodyFile(path: "content/bulletins/2024-09.md", frontMatter: """
                ---
                title: Bản tin tháng 9
                ---

                """, level: 2, searchLimit: 300),
        ]
    }

    /// The media files of the `body` mode's site, named as clerks name them (from `content/`): a
    /// `#` in a name (`BodyAddress.PathReadings`), spaces, an `&`, Vietnamese letters composed
    /// (NFC, as Windows and Linux keep them) and decomposed (NFD, as macOS wrote them), a sub-folder.
    static let bodyMedia = [
        "media/anh.jpg", "media/bao-cao.pdf", "media/anh.goc#1.jpg", "media/anh#1.jpg", "media/bien ban #2.pdf",
        "media/\u{1EA2}nh \u{0111}\u{1EA1}i h\u{1ED9}i.jpg", "media/A\u{0309}nh ho\u{0323}p.jpg", "media/a&b.jpg",
        "media/tai-lieu/ke-hoach.pdf", "media/phim.mp4", "media/anh-nho.jpg",
    ]

    /// The pages of the `body` mode's site a body may link by their files (`PageSources`): each
    /// file and the path of its page from the site's root, as the site's renderer links them.
    /// Read from the site itself, whose story links each one, so that a body that does not check
    /// is still rendered with the links a build would make.
    static let bodyPages: [String: String] = {
        let sink = DiagnosticSink()
        guard let site = SiteDecoder.decode(bodySources(allowHTML: false), sink: sink), sink.log.errorCount == 0 else {
            preconditionFailure("the fuzz harness's site for bodies does not check: \(sink.log.entries)")
        }
        let pages = PortalContext(site: site, analysis: SiteAnalysis(site: site)).markdown.pages
        guard pages.count == 4 else { preconditionFailure("the fuzz harness's site for bodies links \(pages) only") }
        return pages
    }()

    /// The small site of `baseSources()` with media files, a story and a branch written in
    /// Markdown that link the other pages, and `base_url` (so that the feed, which quotes the
    /// editorials, is made).
    static func bodySources(allowHTML: Bool) -> SiteSources {
        var sources = baseSources()
        sources.siteConfig = SourceText(path: "site.yaml", text: (sources.siteConfig?.text ?? "")
                                        + "\nbase_url: https://hoathuan.vn/\nallow_html: \(allowHTML)\n")
        sources.media = bodyMedia
        sources.stories.append(SourceText(path: "content/stories/guong-sang.md", text: """
            ---
            title: Gương sáng ấp 1
            kind: ca-nhan
            person: Nguyễn Văn An
            branch: ap-1
            date: 2024-09-10
            ---
            Xem [biên bản](../minutes/2024/ap-1-2024-09.md), [chi bộ](../branches/ap-1.yaml),
            [chi bộ ấp 2](../branches/ap-2.md) và ![ảnh](media/anh.jpg).
            """))
        sources.branches.append(SourceText(path: "content/branches/ap-2.md", text: """
            ---
            name: Chi bộ ấp 2
            kind: khu-dan-cu
            members: { official: 30, probationary: 1 }
            households: 300
            ---
            Chi bộ ấp 2 có [gương sáng](../stories/guong-sang.md).
            """))
        return sources
    }

    /// Runs the `body` mode: `data` after its first byte is the body (`BodyFile`), checked with
    /// the site as a build checks it, then rendered to its page's HTML with its links rebased
    /// (by the site's own renderer when it checks, whose pages are made too), and read as text
    /// for the search index and the feed.
    static func body(_ data: Data) -> Outcome {
        let selector = Int(data.first ?? 0)
        let file = BodyFile.kinds[selector % BodyFile.kinds.count]
        let allowHTML = (selector / BodyFile.kinds.count) % 2 == 1
        var bytes = Data(file.frontMatter.utf8)
        bytes.append(data.dropFirst())
        let lines = lineCount(bytes)
        let text: SourceText
        switch SourceText.decode(bytes, relativePath: file.path) {
        case .success(let decoded): text = decoded
        case .failure(let problem):
            return Outcome(path: file.path, lines: lines, files: [file.path], diagnostics: [problem], pages: nil)
        }
        var sources = bodySources(allowHTML: allowHTML)
        switch file.path {
        case _ where file.path.hasPrefix("content/stories/"): sources.stories.append(text)
        case _ where file.path.hasPrefix("content/bulletins/"): sources.bulletins.append(text)
        default: sources.minutes.append(text)
        }
        sources.branchPaths = sources.branches.map(\.path)
        let sink = DiagnosticSink()
        let files = ([sources.siteConfig, sources.rubric].compactMap { $0 } + sources.branches + sources.minutes
            + sources.stories + sources.bulletins).map(\.path)
        var pages: Int?
        var renderer = MarkdownRenderer(allowHTML: allowHTML, media: Set(sources.media), pages: bodyPages)
        if let site = SiteDecoder.decode(sources, sink: sink), sink.log.errorCount == 0 {
            let context = PortalContext(site: site, analysis: SiteAnalysis(site: site))
            let made = PortalPages.pages(context)
            pages = made.count
            _ = PortalPages.files(context).map(\.bytes)
            _ = PortalPages.siteFiles(context, pages: made).map(\.bytes)
            renderer = context.markdown
        }
        let body = FrontMatter(splitting: text.text)?.body ?? text.text
        var outcome = Outcome(path: file.path, lines: lines, files: files, diagnostics: sink.log.entries, pages: pages)
        outcome.html = renderer.html(body, root: "../../", file: file.path, under: file.level)
        _ = MarkdownRenderer.plainText(body, limit: file.searchLimit)
        _ = MarkdownRenderer.plainText(body)
        return outcome
    }
}
