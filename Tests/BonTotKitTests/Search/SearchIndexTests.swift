import BonTotKit
import XCTest

/// The search index as the build writes it: parts the search page loads as scripts, entries
/// whose links lead to pages of the portal, text without markup, bodies cut short.
final class SearchIndexTests: FolderTestCase {
    private func site(_ changes: [String: String] = [:]) throws -> URL {
        let root = folder.appending(path: "portal")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "portal"), to: root)
        for (path, text) in changes {
            try FileManager.default.createDirectory(at: root.appending(path: path).deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try text.write(to: root.appending(path: path), atomically: true, encoding: .utf8)
        }
        return root
    }

    private func context(_ root: URL) throws -> PortalContext {
        let loaded = SiteLoader.load(root: root)
        let site = try XCTUnwrap(loaded.site, "\(loaded.diagnostics.sorted)")
        return PortalContext(site: site, analysis: try XCTUnwrap(loaded.analysis))
    }

    /// The rows of a part's script, read back as JSON.
    static func rows(_ script: String, name: String) throws -> [[String]] {
        let head = "bontotSearch.add(\"\(name)\",", tail = ");\n"
        XCTAssertTrue(script.hasPrefix(head), String(script.prefix(80)))
        XCTAssertTrue(script.hasSuffix(tail))
        let json = script.dropFirst(head.count).dropLast(tail.count)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String]])
    }

    func testTheBuildWritesOnePartPerSectionAndYearWithLinksToPages() throws {
        let root = try site()
        let report = SiteBuilder.build(BuildOptions(siteRoot: root))
        XCTAssertTrue(report.succeeded, "\(report.diagnostics.sorted)")
        let output = root.appending(path: "output")
        let router = Router()
        var titles: [String] = []
        for name in ["ho-so", "guong", "bien-ban-2024"] {
            let file = output.appending(path: router.file(.searchIndex(name)))
            let script = try String(contentsOf: file, encoding: .utf8)
            for row in try Self.rows(script, name: name) {
                XCTAssertEqual(row.count, 9)
                titles.append(row[1])
                let target = output.appending(path: router.path(.search)).appending(path: row[2]).standardizedFileURL
                XCTAssertTrue(FileManager.default.fileExists(atPath: target.path), "\(row[2]) leads to no page")
            }
        }
        XCTAssertTrue(titles.contains("Bí thư 8X xông pha trong lũ"))
        XCTAssertTrue(titles.contains { $0.hasPrefix("Sinh hoạt thường kỳ ngày 05/09/2024") }, "\(titles)")
        let page = try String(contentsOf: output.appending(path: router.file(.search)), encoding: .utf8)
        XCTAssertTrue(page.contains("data-src=\"chi-muc-bien-ban-2024.js\""), "the page names its parts")
        XCTAssertTrue(page.contains("<option value=\"bien-ban-2024\">Biên bản năm 2024</option>"))
    }

    func testEntriesCarryTheFieldsSearchMatchesWithoutMarkup() throws {
        let context = try context(try site())
        let parts = SearchIndex.parts(context)
        let story = try XCTUnwrap(parts.first { $0.name == "guong" }?.entries.first)
        XCTAssertEqual(story.title, "Bí thư 8X xông pha trong lũ")
        XCTAssertEqual(story.people, ["Đặng Văn Bình"])
        XCTAssertTrue(story.tags.contains("phòng chống thiên tai"))
        XCTAssertTrue(story.body.contains("nước sông dâng nhanh"), story.body)
        XCTAssertFalse(story.body.contains("<script>"), "raw HTML is left out of the index")
        XCTAssertFalse(story.body.contains("alert"), story.body)
        let meeting = try XCTUnwrap(parts.first { $0.name == "bien-ban-2024" }?.entries.first { $0.date == "2024-09-05" })
        XCTAssertEqual(meeting.summary, "Cải tạo điểm đen rác thải ngõ 15. Hoàn thành cải tạo điểm đen rác thải trước ngày 30/9. Nạo vét kênh nội đồng")
        XCTAssertTrue(meeting.people.contains("Lê Văn Tám"))
        XCTAssertTrue(meeting.body.contains("giao nhiệm vụ cho từng đảng viên"), "Markdown emphasis is dropped: \(meeting.body)")
        XCTAssertFalse(meeting.body.contains("##"))
    }

    func testLongBodiesAreCutAtASpace() throws {
        let words = Array(repeating: "đảng viên phụ trách hộ", count: 200).joined(separator: " ")
        let root = try site(["content/stories/dai.md": "---\ntitle: Bài rất dài\nkind: mo-hinh\ndate: 2024-09-01\n---\n\(words)\n"])
        let entry = try XCTUnwrap(SearchIndex.parts(try context(root)).flatMap(\.entries).first { $0.title == "Bài rất dài" })
        XCTAssertLessThanOrEqual(entry.body.count, SearchIndex.storyBodyLimit + 1)
        XCTAssertTrue(entry.body.hasSuffix("…"))
        XCTAssertFalse(entry.body.dropLast().hasSuffix(" "))
    }

    /// A year with more meetings than a part holds is split by month, newest first, and the
    /// page still offers the whole year as one choice.
    func testABigYearIsSplitByMonth() throws {
        let context = try context(try site())
        let parts = SearchIndex.parts(context, maxEntriesPerPart: 2)
        XCTAssertEqual(parts.map(\.name), ["ho-so", "guong", "bien-ban-2024-09", "bien-ban-2024-08"])
        XCTAssertEqual(parts[2].entries.count, 2)
        XCTAssertEqual(Set(parts.dropFirst(2).map(\.scope.value)), ["bien-ban-2024"])
        XCTAssertEqual(SearchIndex.scopes(parts.map(\.scope)).map(\.value), ["", "ho-so", "guong", "bien-ban", "bien-ban-2024"])
        XCTAssertEqual(SearchIndex.parts(context).map(\.name), ["ho-so", "guong", "bien-ban-2024"])
    }

    func testEveryPageHasASearchBoxLeadingToTheSearchPage() throws {
        let root = try site()
        XCTAssertTrue(SiteBuilder.build(BuildOptions(siteRoot: root)).succeeded)
        let router = Router()
        for route: Route in [.home, .branch("ap-bac"), .minutesMonth(YearMonth(year: 2024, month: 9)), .bulletin(YearMonth(year: 2024, month: 9))] {
            let html = try String(contentsOf: root.appending(path: "output/" + router.file(route)), encoding: .utf8)
            let action = router.link(from: route, to: .search)
            XCTAssertTrue(html.contains("<form class=\"site-search\" role=\"search\" action=\"\(action)\" method=\"get\" "
                                          + "aria-label=\"Tìm kiếm trên cổng thông tin\"><input type=\"search\" name=\"q\""),
                          "\(route) has no search box")
        }
    }
}

/// Markdown as the index carries it: words only.
final class MarkdownPlainTextTests: XCTestCase {
    func testMarkupIsDroppedAndHeadingsEndLikeSentences() {
        let markdown = "## Diễn biến\n\nVào hồi **19 giờ**, chi bộ họp\ntại [nhà văn hóa](media/a.jpg).\n\n- Một\n- Hai\n\n<b>x</b> `mã`\n"
        XCTAssertEqual(MarkdownRenderer.plainText(markdown), "Diễn biến. Vào hồi 19 giờ, chi bộ họp tại nhà văn hóa. Một Hai x mã")
    }

    func testACutEndsAtASpaceWithAnEllipsis() {
        XCTAssertEqual(MarkdownRenderer.plainText("một hai ba bốn", limit: 9), "một hai…")
        XCTAssertEqual(MarkdownRenderer.plainText("một hai", limit: 9), "một hai")
    }
}
