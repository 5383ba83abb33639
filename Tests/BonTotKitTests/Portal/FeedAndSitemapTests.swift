import BonTotKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `feed.xml` and `sitemap.xml`, read as a feed reader and a search engine read them: parsed as
/// XML, their links absolute from `base_url`, their ids and dates from the content.
final class FeedAndSitemapTests: XCTestCase {
    private var folders: [URL] = []

    override func tearDownWithError() throws {
        for folder in folders { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    }

    private func build(baseURL: String) throws -> BuiltSite {
        let fixture = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
        XCTAssertTrue(fixture.contains("base_url: /\n"))
        let site = try BuiltSite.build(changes: ["site.yaml": fixture.replacingOccurrences(of: "base_url: /\n", with: "base_url: \(baseURL)\n")])
        folders.append(site.root)
        XCTAssertTrue(site.report.succeeded, "\(site.report.diagnostics.sorted)")
        return site
    }

    private func xml(_ site: BuiltSite, _ route: Route) throws -> XMLDocument {
        try XMLDocument(data: Data(site.bytes(Router().file(route))), options: [])
    }

    func testTheFeedListsStoriesAndBulletinsWithAbsoluteLinksAndContentDates() throws {
        let site = try build(baseURL: "https://intranet.example/dang-bo")
        let feed = try xml(site, .feed)
        let root = try XCTUnwrap(feed.rootElement())
        XCTAssertEqual(root.name, "feed")
        XCTAssertEqual(root.uri, "http://www.w3.org/2005/Atom")
        let entries = root.elements(forName: "entry")
        let ids = entries.compactMap { $0.elements(forName: "id").first?.stringValue }
        XCTAssertTrue(ids.contains("https://intranet.example/dang-bo/guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/"), "\(ids)")
        XCTAssertTrue(ids.contains("https://intranet.example/dang-bo/ban-tin/2024-09/"), "\(ids)")
        XCTAssertEqual(Set(ids).count, ids.count, "ids are unique")
        let story = try XCTUnwrap(entries.first { $0.elements(forName: "title").first?.stringValue == "Bí thư 8X xông pha trong lũ" })
        XCTAssertEqual(story.elements(forName: "updated").first?.stringValue, "2024-09-20T00:00:00+07:00")
        XCTAssertEqual(story.elements(forName: "link").first?.value(of: "href"),
                       "https://intranet.example/dang-bo/guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/")
        XCTAssertEqual(story.elements(forName: "category").compactMap { $0.value(of: "term") },
                       ["phòng chống thiên tai", "dân vận khéo"])
        let dates = entries.compactMap { $0.elements(forName: "updated").first?.stringValue }
        XCTAssertEqual(dates, dates.sorted(by: >), "newest first")
        XCTAssertEqual(root.elements(forName: "updated").first?.stringValue, dates.first)
        for date in dates { XCTAssertNotNil(ISO8601DateFormatter().date(from: date), date) }
    }

    /// A bulletin without an editorial had only its title in the feed ("Bản tin tháng 8 năm
    /// 2024"): a reader learnt nothing of it. It is summed up in its own order, by the month in
    /// figures, its stories' titles, and the headline of the ranking that closes in its month.
    func testABulletinWithoutAnEditorialIsSummedUpByItsFiguresAndItsRanking() throws {
        let site = try build(baseURL: "https://intranet.example/dang-bo/")
        let entries = try xml(site, .feed).rootElement()?.elements(forName: "entry") ?? []
        let summary = { (month: String) in
            entries.first { $0.elements(forName: "id").first?.stringValue == "https://intranet.example/dang-bo/ban-tin/\(month)/" }?
                .elements(forName: "summary").first?.stringValue
        }
        XCTAssertEqual(summary("2024-08"), "Trong tháng 8 năm 2024, các chi bộ tổ chức 01 cuộc sinh hoạt, họp, trong đó không có cuộc "
                           + "sinh hoạt thường kỳ nào và 01 cuộc sinh hoạt chuyên đề; tỷ lệ đảng viên dự họp bình quân 100,0\u{A0}%. "
                           + "Gương điển hình trong tháng: Ấp Bình Minh hiến đất làm đường.", "the figures as the bulletin prints them")
        XCTAssertEqual(summary("2024-12"), "Kết quả xếp loại năm 2024: 04/05 chi bộ hoàn thành tốt nhiệm vụ trở lên, "
                           + "trong đó 02 chi bộ hoàn thành xuất sắc nhiệm vụ (40,0 %).")
        XCTAssertEqual(summary("2024-09"), "Tháng 9 năm 2024, các chi bộ vừa lãnh đạo phòng chống lũ vừa duy trì sinh hoạt.",
                       "a bulletin with an editorial is summed up by it")
    }

    func testTheFeedIsTheSameBytesInEveryBuild() throws {
        let first = try build(baseURL: "https://intranet.example/")
        let second = try build(baseURL: "https://intranet.example/")
        XCTAssertEqual(first.bytes(Router().file(.feed)), second.bytes(Router().file(.feed)))
        XCTAssertFalse(first.bytes(Router().file(.feed)).isEmpty)
    }

    func testTheSitemapListsEveryPageOnce() throws {
        let site = try build(baseURL: "https://intranet.example/dang-bo/")
        let sitemap = try xml(site, .sitemap)
        let root = try XCTUnwrap(sitemap.rootElement())
        XCTAssertEqual(root.name, "urlset")
        let locations = root.elements(forName: "url").compactMap { $0.elements(forName: "loc").first?.stringValue }
        let pages = site.outputFiles().filter { $0.hasSuffix("/index.html") || $0 == "index.html" }
        XCTAssertEqual(locations.count, pages.count)
        XCTAssertEqual(Set(locations).count, locations.count)
        let expected = pages.map { "https://intranet.example/dang-bo/" + String($0.dropLast("index.html".count)) }
        XCTAssertEqual(Set(locations), Set(expected))
    }

    func testWithoutAnAbsoluteBaseURLTheBuildSaysOnceWhyThereIsNoFeed() throws {
        let site = try build(baseURL: "/")
        XCTAssertFalse(site.outputFiles().contains(Router().file(.feed)))
        XCTAssertFalse(site.outputFiles().contains(Router().file(.sitemap)))
        XCTAssertEqual(site.report.notes.count, 1)
        XCTAssertTrue(site.report.notes[0].contains("base_url"), site.report.notes[0])
        XCTAssertFalse(site.report.notes[0].contains("\n"))
        XCTAssertEqual(site.report.diagnostics.sorted.filter { $0.message.contains("base_url") }, [], "a note, not a warning")
    }

    /// A reader looking for the feed found no word of it: no page named `feed.xml`, and a browser
    /// or feed reader given a page's address found none in its head.
    func testEveryPageAnnouncesTheFeedAndTheStoriesAndBulletinsLinkToIt() throws {
        let site = try build(baseURL: "https://intranet.example/dang-bo/")
        let announce = #/<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="([^"]+)">/#
        for path in ["index.html", "guong-dien-hinh/index.html", "chi-bo/ap-bac/index.html", "sinh-hoat/2024/09/index.html"] {
            let links = site.page(path).matches(of: announce).map { String($0.output.1) }
            let depth = path.split(separator: "/").count - 1
            XCTAssertEqual(links, [String(repeating: "../", count: depth) + "feed.xml"], path)
        }
        for path in ["guong-dien-hinh/index.html", "ban-tin/index.html"] {
            XCTAssertTrue(site.page(path).contains("<a href=\"../feed.xml\" type=\"application/atom+xml\">nguồn tin Atom (feed.xml)</a>"), path)
        }
    }

    func testWithoutAFeedNoPageLinksToOne() throws {
        let site = try build(baseURL: "/")
        for path in site.outputFiles() where path.hasSuffix("index.html") {
            XCTAssertFalse(site.page(path).contains("feed.xml"), path)
        }
    }

    /// `xml:lang` must be a language tag (XML 1.0 §2.12, RFC 4287): `language: Tiếng Việt` in
    /// `site.yaml` wrote `xml:lang="Tiếng Việt"`, a feed validators refuse.
    func testTheFeedsLanguageIsALanguageTag() throws {
        let fixture = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "base_url: /\n", with: "base_url: https://x.example/\n")
        XCTAssertTrue(fixture.contains("language: vi\n"))
        for (written, tag) in [("Tiếng Việt", "vi"), ("vi-VN", "vi-VN"), ("\"\"", "vi")] {
            let site = try BuiltSite.build(changes: ["site.yaml": fixture.replacingOccurrences(of: "language: vi\n", with: "language: \(written)\n")])
            folders.append(site.root)
            XCTAssertEqual(try xml(site, .feed).rootElement()?.attributes?.first { $0.name == "xml:lang" }?.stringValue, tag, written)
        }
    }

    func testMarkupInContentIsEscapedInTheFeed() throws {
        let fixture = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
        let site = try BuiltSite.build(changes: [
            "site.yaml": fixture.replacingOccurrences(of: "base_url: /\n", with: "base_url: https://x.example/\n"),
            "content/stories/a-b.md": "---\ntitle: \"Tôm & cá <ngon>\"\nkind: mo-hinh\ndate: 2024-09-02\n---\nThân bài.\n",
        ])
        folders.append(site.root)
        let feed = try xml(site, .feed)
        let titles = feed.rootElement()?.elements(forName: "entry").compactMap { $0.elements(forName: "title").first?.stringValue } ?? []
        XCTAssertTrue(titles.contains("Tôm & cá <ngon>"), "\(titles)")
    }
}

extension XMLElement {
    /// The value of an attribute (`attribute(forName:)` finds none in a namespaced document on Linux).
    func value(of attribute: String) -> String? {
        attributes?.first { $0.name == attribute }?.stringValue
    }
}
