import BonTotKit
import Foundation
import XCTest

/// A site that keeps raw HTML (`allow_html: true`) reads the `src` and `href` of its tags as it
/// reads a Markdown link (`RawHTMLAddresses`, `BodyAddress`): `media/x.jpg` from `content/`
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

    /// The minutes' page of `ap-bac-2024-09.md`, wherever the router puts it.
    private func minutesPage(_ built: BuiltSite) -> [String] {
        let pages = built.outputFiles().filter { $0.hasSuffix("index.html") && $0.contains("ap-bac-2024-09") }
        XCTAssertEqual(pages.count, 1, "\(pages)")
        return pages
    }
}
