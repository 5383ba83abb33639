import BonTotKit
import Foundation
import XCTest

/// A site that keeps raw HTML (`allow_html: true`) reads the `src`, `href`, `poster`, `srcset`
/// and `<object data>` of its tags as it reads a Markdown link (`RawHTMLAddresses`,
/// `BodyAddress`): `media/x.jpg` from `content/`
/// and `../media/x.jpg` from the file are rebased on each page, however deep; a missing file is
/// an error at its line; web addresses, anchors and `mailto:` are kept as written.
final class RawHTMLMediaAddressesTests: XCTestCase {
    /// The raw HTML added to a body in a folder `up` below `content/` (`../`): three spellings
    /// of the fixture's one media file, and addresses to be left alone.
    private static func html(up: String) -> String {
        """
        <p><img src="media/ap-bac.svg" alt="một"> <img src='\(up)media/ap-bac.svg' alt="hai"></p>

        Xem <a href="media/ap-bac.svg">ảnh</a>, <a href="https://dangcongsan.vn/">báo</a>, <a href="#cuoi">cuối</a>, <a href="mailto:vp@x.vn">thư</a>, <a href="//baochinhphu.vn/">tin</a>.
        """
    }

    private static let allowed = [
        "site.yaml": try! String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "allow_html: false", with: "allow_html: true"),
    ]

    /// Each file's page, two or three folders down, points every spelling at the one copy.
    func testMediaInRawHTMLIsRebasedOnStoriesMinutesAndEditorials() throws {
        let root = try BuiltSite.copyFixture("portal")
        var changes = Self.allowed
        for (file, up) in [("content/stories/hien-dat.md", "../"), ("content/minutes/2024/ap-bac-2024-09.md", "../../"),
                           ("content/bulletins/2024-09.md", "../")] {
            changes[file] = try String(contentsOf: root.appending(path: file), encoding: .utf8) + "\n\n" + Self.html(up: up) + "\n"
        }
        let built = try BuiltSite.build(changes: changes)
        XCTAssertEqual(built.report.diagnostics.errorCount, 0, "\(built.report.diagnostics.sorted)")
        for page in ["guong-dien-hinh/binh-minh-hien-dat/index.html", "ban-tin/2024-09/index.html"] + minutesPage(built) {
            let text = built.page(page)
            let root = String(repeating: "../", count: page.split(separator: "/").count - 1)
            for expected in ["<img src=\"\(root)media/ap-bac.svg\" alt=\"một\">", "<img src=\"\(root)media/ap-bac.svg\" alt=\"hai\">",
                             "<a href=\"\(root)media/ap-bac.svg\">ảnh</a>", "<a href=\"https://dangcongsan.vn/\">báo</a>",
                             "<a href=\"#cuoi\">cuối</a>", "<a href=\"mailto:vp@x.vn\">thư</a>",
                             "<a href=\"//baochinhphu.vn/\">tin</a>"] {
                XCTAssertTrue(text.contains(expected), "\(page) lacks \(expected)")
            }
            let linked = LinkExtractor.links(in: text).compactMap { LinkExtractor.target($0, from: page) }
            XCTAssertTrue(linked.contains("media/ap-bac.svg"), "\(page) does not reach media/ap-bac.svg")
        }
    }

    /// A picture in raw HTML whose file is not in `content/media/` is reported as a Markdown
    /// picture's is: at its line; a site that drops raw HTML says nothing of it.
    func testAMissingFileInRawHTMLIsAnErrorAtItsLine() throws {
        let body = "---\ntitle: Ảnh\nkind: tap-the\nbranch: ap-bac\ndate: 2024-09-02\n---\nMở đầu.\n\n<div>\n<img src=\"../media/khong-co.jpg\">\n</div>\n\nCó <a href=\"media/thieu.pdf\">tệp</a>.\n"
        let built = try BuiltSite.build(changes: Self.allowed.merging(["content/stories/anh.md": body]) { $1 })
        let errors = built.report.diagnostics.sorted.filter { $0.location.file == "content/stories/anh.md" }
        XCTAssertEqual(errors.map(\.location.line), [10, 13], "\(errors)")
        XCTAssertTrue(errors.first?.message.contains("media/khong-co.jpg") == true, "\(errors)")

        let dropped = try BuiltSite.build(changes: ["content/stories/anh.md": body])
        XCTAssertEqual(dropped.report.diagnostics.errorCount, 0, "\(dropped.report.diagnostics.sorted)")
    }

    /// The raw HTML of a picture in several sizes, a video and a report shown in its page, all
    /// in `content/media/`, written from a file `up` below `content/`.
    private static func sizedHTML(up: String) -> String {
        """
        <picture>
        <source type="image/webp" srcset="\(up)media/anh-webp.svg 1x, media/anh-lon.svg 2x">
        <img src="media/ap-bac.svg" srcset='media/anh-nho.svg 480w,\(up)media/anh-lon.svg  1024w' sizes="50vw" alt="ảnh">
        </picture>

        <video controls poster="media/poster.svg"><source src="media/phim.mp4" type="video/mp4"><track kind="captions" src="\(up)media/phu-de.vtt"></video>

        <object data="media/bao-cao.pdf" type="application/pdf" width="600"></object>
        """
    }

    /// The media files `sizedHTML` names, other than the fixture's own.
    private static let sizedMedia = ["anh-webp.svg", "anh-lon.svg", "anh-nho.svg", "poster.svg", "phim.mp4", "phu-de.vtt", "bao-cao.pdf"]

    /// Each candidate of a `srcset` (`<img>`, `<source>`), a video's `poster` and source and
    /// captions, and an `<object>`'s document are read as a `src` is: rebased on each page, the
    /// descriptors and the rest of the tag kept as written; a month's bulletin is written with
    /// every file its editorial shows that way.
    func testSourceSetsPostersAndObjectsAreRebasedAndTheBulletinTakesThem() throws {
        let root = try BuiltSite.copyFixture("portal")
        let svg = try Data(contentsOf: root.appending(path: "content/media/ap-bac.svg"))
        for name in Self.sizedMedia {
            try (name.hasSuffix(".svg") ? svg : Data("không phải ảnh\n".utf8)).write(to: root.appending(path: "content/media/" + name))
        }
        try Self.allowed["site.yaml"]!.write(to: root.appending(path: "site.yaml"), atomically: true, encoding: .utf8)
        for (file, up) in [("content/stories/hien-dat.md", "../"), ("content/bulletins/2024-09.md", "../")] {
            let text = try String(contentsOf: root.appending(path: file), encoding: .utf8)
            try (text + "\n\n" + Self.sizedHTML(up: up) + "\n").write(to: root.appending(path: file), atomically: true, encoding: .utf8)
        }
        let built = BuiltSite.rebuild(root: root)
        XCTAssertEqual(built.report.diagnostics.errorCount, 0, "\(built.report.diagnostics.sorted)")
        for page in ["guong-dien-hinh/binh-minh-hien-dat/index.html", "ban-tin/2024-09/index.html"] {
            let text = built.page(page)
            let back = String(repeating: "../", count: page.split(separator: "/").count - 1)
            for expected in ["<source type=\"image/webp\" srcset=\"\(back)media/anh-webp.svg 1x, \(back)media/anh-lon.svg 2x\">",
                             "<img src=\"\(back)media/ap-bac.svg\" srcset='\(back)media/anh-nho.svg 480w,\(back)media/anh-lon.svg  1024w' sizes=\"50vw\" alt=\"ảnh\">",
                             "<video controls poster=\"\(back)media/poster.svg\"><source src=\"\(back)media/phim.mp4\" type=\"video/mp4\">"
                                + "<track kind=\"captions\" src=\"\(back)media/phu-de.vtt\"></video>",
                             "<object data=\"\(back)media/bao-cao.pdf\" type=\"application/pdf\" width=\"600\"></object>"] {
                XCTAssertTrue(text.contains(expected), "\(page) lacks \(expected)")
            }
        }
        try FileManager.default.removeItem(at: built.output)
        let month = BuiltSite.rebuild(root: root, month: YearMonth(year: 2024, month: 9))
        XCTAssertTrue(month.report.succeeded, "\(month.report.diagnostics.sorted)")
        let written = Set(month.outputFiles())
        for name in Self.sizedMedia + ["ap-bac.svg"] {
            XCTAssertTrue(written.contains("media/" + name), "the bulletin of 2024-09 is written without media/\(name)")
        }
    }

    /// A size of a picture whose file is not in `content/media/` is reported at its line, as a
    /// `src` is; so are a missing poster and a missing document in an `<object>`.
    func testAMissingFileInASourceSetPosterOrObjectIsAnErrorAtItsLine() throws {
        let errors = try storyDiagnostics("<img src=\"media/ap-bac.svg\"\n  srcset=\"media/ap-bac.svg 1x,\n    ../media/khong-co.jpg 2x\">\n\n"
            + "<video poster=\"media/thieu.jpg\"></video>\n\n<object data=\"media/thieu.pdf\"></object>\n")
        XCTAssertEqual(errors.map(\.location.line), [11, 13, 15], "\(errors)")
        XCTAssertTrue(errors.first?.message.contains("media/khong-co.jpg") == true, "\(errors)")
        XCTAssertFalse(errors.first?.message.contains("2x") == true, "the descriptor is no part of the address: \(errors)")
    }

    /// A `<link rel="preload" as="image">`'s `imagesrcset` is read as a `srcset`: a missing
    /// candidate gets the error a missing `srcset` candidate gets (at its own line), and a
    /// present one is pointed at the copy from the story's page, its descriptor kept.
    func testALinksImageSourceSetIsCheckedAndRebasedAsASourceSet() throws {
        let errors = try storyDiagnostics("<img srcset=\"media/khong-co.jpg 2x\">\n\n"
            + "<link rel=\"preload\" as=\"image\"\n  imagesrcset=\"media/ap-bac.svg 1x,\n    media/khong-co.jpg 2x\">\n")
        XCTAssertEqual(errors.map(\.location.line), [9, 13], "\(errors)")
        XCTAssertEqual(errors.count, 2, "\(errors)")
        if errors.count == 2 {
            XCTAssertEqual(errors[1].message, errors[0].message, "the imagesrcset's candidate is not reported as the srcset's")
            XCTAssertEqual(errors[1].field, errors[0].field)
        }

        let file = "content/stories/hien-dat.md"
        let story = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/" + file), encoding: .utf8)
        let built = try BuiltSite.build(changes: Self.allowed.merging([file: story + "\n\n<link rel=\"preload\" as=\"image\" "
            + "imagesrcset=\"media/ap-bac.svg 1x, ../media/ap-bac.svg 2x\">\n"]) { $1 })
        XCTAssertEqual(built.report.diagnostics.errorCount, 0, "\(built.report.diagnostics.sorted)")
        let page = "guong-dien-hinh/binh-minh-hien-dat/index.html"
        let expected = "imagesrcset=\"../../media/ap-bac.svg 1x, ../../media/ap-bac.svg 2x\">"
        XCTAssertTrue(built.page(page).contains(expected), "\(page) lacks \(expected)")
    }

    /// In a block of many pictures, each missing one is reported at its own line: the third
    /// and the tenth of ten, lines 12 and 19 of the file.
    func testEachMissingPictureOfALongBlockIsAnErrorAtItsLine() throws {
        let pictures = (1...10).map { $0 == 3 || $0 == 10 ? "<img src=\"media/thieu-\($0).jpg\" alt=\"\($0)\">" : "<img src=\"media/ap-bac.svg\" alt=\"\($0)\">" }
        let errors = try storyDiagnostics("<div>\n" + pictures.joined(separator: "\n") + "\n</div>\n")
        XCTAssertEqual(errors.map(\.location.line), [12, 19], "\(errors)")
        XCTAssertEqual(errors.map { $0.message.contains("media/thieu-3.jpg") }, [true, false], "\(errors)")
    }

    /// An address that cannot be used is named for what its tag shows: a picture ("ảnh") for an
    /// `<img>`, a `srcset` or a `poster`, a file ("tệp") for an `<object>`'s document or a
    /// video's source, a link ("liên kết") for an `href`.
    func testAnUnusableAddressIsNamedForWhatItsTagShows() throws {
        let errors = try storyDiagnostics("<object data=\"/tmp/bao-cao.pdf\"></object>\n\n<video poster=\"/tmp/p.jpg\"><source src=\"C:/phim.mp4\"></video>\n\n"
            + "<img src=\"/tmp/a.jpg\" srcset=\"/tmp/b.jpg 2x\">\n\n<a href=\"/tmp/c.pdf\">c</a>\n")
        let said = errors.map { String($0.message.prefix { $0 != "'" }) + ($0.message.split(separator: "'").dropFirst().first.map(String.init) ?? "") }
        XCTAssertEqual(Set(said), ["tệp /tmp/bao-cao.pdf", "ảnh /tmp/p.jpg", "tệp C:/phim.mp4", "ảnh /tmp/a.jpg", "ảnh /tmp/b.jpg",
                                   "liên kết /tmp/c.pdf"])
        XCTAssertEqual(said.count, 6, "\(said)")
    }

    /// A picture preloaded by `<link rel="preload" as="image">` is what the page shows: an
    /// `href` that cannot be used is named a picture ("ảnh"), as an `<img>`'s `src` is, whatever
    /// the case and quoting of `as` and wherever it stands in the tag; another `<link>`'s `href`
    /// (a style sheet) is still a link ("liên kết").
    func testAPreloadedPicturesUnusableHrefIsNamedAPicture() throws {
        let errors = try storyDiagnostics("<img src=\"/tmp/anh.jpg\">\n\n<link rel=\"preload\" as=\"image\" href=\"/tmp/anh.jpg\">\n\n"
            + "<LINK HREF=/tmp/anh.jpg REL=preload AS='Image'>\n\n<link rel=\"stylesheet\" href=\"/tmp/anh.jpg\">\n")
        XCTAssertEqual(errors.map(\.location.line), [9, 11, 13, 15], "\(errors)")
        guard errors.count == 4 else { return }
        XCTAssertTrue(errors[0].message.hasPrefix("ảnh '/tmp/anh.jpg' trong bài không dùng được"), errors[0].message)
        XCTAssertEqual(errors[1].message, errors[0].message, "a preloaded picture's href is not named as an <img>'s src")
        XCTAssertEqual(errors[2].message, errors[0].message, "AS='Image', written after href, is not read")
        XCTAssertEqual(errors[3].message, "liên kết" + errors[0].message.dropFirst("ảnh".count), "a style sheet's href is no picture")
    }

    /// The minutes' page of `ap-bac-2024-09.md`, wherever the router puts it.
    private func minutesPage(_ built: BuiltSite) -> [String] {
        let pages = built.outputFiles().filter { $0.hasSuffix("index.html") && $0.contains("ap-bac-2024-09") }
        XCTAssertEqual(pages.count, 1, "\(pages)")
        return pages
    }

    /// The diagnostics on a story of the portal (raw HTML kept) whose body, after its first
    /// paragraph, is `html`, from line 9 of the file.
    private func storyDiagnostics(_ html: String) throws -> [Diagnostic] {
        let body = "---\ntitle: Ảnh\nkind: tap-the\nbranch: ap-bac\ndate: 2024-09-02\n---\nMở đầu.\n\n" + html
        let built = try BuiltSite.build(changes: Self.allowed.merging(["content/stories/anh.md": body]) { $1 })
        return built.report.diagnostics.sorted.filter { $0.location.file == "content/stories/anh.md" }
    }
}
