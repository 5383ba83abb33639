import Foundation
import XCTest

/// The tests' one link resolver follows links as a browser does from disk, so the link checks
/// built on it (`LinkWalk`) fail on the links a user would find broken.
final class LinkExtractorTests: XCTestCase {
    func testALinkLeadsWhereABrowserOpeningTheFileWouldGo() {
        XCTAssertEqual(LinkExtractor.target("../../index.html", from: "chi-bo/ap-bac/index.html"), "index.html")
        XCTAssertEqual(LinkExtractor.target("../ap-bac/", from: "chi-bo/ap-moi/index.html"), "chi-bo/ap-bac/index.html")
        XCTAssertEqual(LinkExtractor.target("#nghi-quyet", from: "sinh-hoat/a/index.html"), "sinh-hoat/a/index.html")
        XCTAssertEqual(LinkExtractor.target("b%C3%A1o.pdf?v=2#p1", from: "ban-tin/index.html"), "ban-tin/báo.pdf")
        XCTAssertEqual(LinkExtractor.target("chi-bo", from: "index.html", isFolder: { $0 == "chi-bo" }), "chi-bo/index.html")
        XCTAssertNil(LinkExtractor.target("../../index.html", from: "chi-bo/index.html"), "one ../ too many is broken on disk")
    }

    func testOnlyLinksWithoutASchemeOrHostAreInternal() {
        let links = LinkExtractor.links(in: ##"<a href="a/?x=1&amp;y=2">x</a><img src="m.png"><a href="#top">t</a>"##)
        XCTAssertEqual(links, ["a/?x=1&y=2", "m.png", "#top"])
        XCTAssertEqual(["a/", "#top", "https://x.vn/", "//x.vn/", "mailto:a@b.vn", "data:image/png;base64,AA"]
            .filter(LinkExtractor.isInternal), ["a/", "#top"])
    }

    func testTheWalkReportsAnAbsoluteLinkAMissingFileAndAMissingFragment() throws {
        let folder = try TemporaryFolder.make("bontot-links")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "chi-bo"), withIntermediateDirectories: true)
        try Data(#"<h1 id="dau">x</h1>"#.utf8).write(to: folder.appending(path: "chi-bo/index.html"))
        try Data("""
            <a href="chi-bo">ok</a><a href="chi-bo/#dau">ok</a><a href="/chi-bo/">abs</a>
            <a href="khong-co.html">missing</a><a href="chi-bo/index.html#cuoi">no id</a><a href="../x.html">out</a>
            """.utf8).write(to: folder.appending(path: "index.html"))
        let walk = LinkWalk(output: folder).brokenLinks()
        XCTAssertEqual(walk.followed, 6)
        XCTAssertEqual(walk.broken.map { $0.prefix { $0 != "(" } }, [
            "index.html: /chi-bo/ ", "index.html: khong-co.html ", "index.html: chi-bo/index.html#cuoi ", "index.html: ../x.html ",
        ])
    }
}
