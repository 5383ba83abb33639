import BonTotKit
import Foundation
import XCTest

/// A site of hundreds of tags: each tag's page lists the tags nearest it, not every tag of the
/// site, and the index of the stories lists them all. A site of a thousand tags wrote each of
/// them on each of their pages: 220 MB.
final class ManyTagsTests: XCTestCase {
    /// 100 stories of three tags each of their own (`chủ đề 007 a`, `b`, `c`), every fourth one
    /// also of `khuyến học`, and one of `thi đua` alone, beside the fixture's two stories of two
    /// tags (`dân vận khéo` in both): 304 tags.
    private static func build() throws -> BuiltSite {
        var changes: [String: String?] = [:]
        for number in 1...100 {
            let own = ["a", "b", "c"].map { "chủ đề \(String(format: "%03d", number)) \($0)" }
            let tags = own + (number % 4 == 0 ? ["khuyến học"] : [])
            changes["content/stories/bai-\(number).md"] = """
            ---
            title: Bài số \(number)
            kind: mo-hinh
            date: 2024-05-\(String(format: "%02d", number % 28 + 1))
            tags: [\(tags.joined(separator: ", "))]
            ---
            Nội dung.
            """
        }
        changes["content/stories/thi-dua.md"] = "---\ntitle: Thi đua\nkind: mo-hinh\ndate: 2024-04-01\ntags: [thi đua]\n---\nNội dung.\n"
        return try BuiltSite.build(changes: changes)
    }

    /// The first list of tags of `page`, from its `<nav>` to its `</nav>`.
    private func tagIndex(_ page: String) -> Substring {
        guard let start = page.range(of: "<nav class=\"tag-index\""),
              let end = page.range(of: "</nav>", range: start.upperBound..<page.endIndex) else { return "" }
        return page[start.lowerBound..<end.upperBound]
    }

    /// The tags the first list of tags of `page` names (a tag page's other tags, the index's tags).
    private func otherTags(_ page: String) -> [String] {
        tagIndex(page).components(separatedBy: "<li><a href=\"").dropFirst().compactMap { item in
            item.split(separator: ">", maxSplits: 1).last?.split(separator: "<", maxSplits: 1).first.map(String.init)
        }
    }

    func testATagPageListsTheNearestTagsAndLinksToTheWholeList() throws {
        let built = try Self.build()
        let tagPages = built.outputFiles().filter { $0.hasPrefix("guong-dien-hinh/chu-de/") }
        XCTAssertEqual(tagPages.count, 304)
        for path in tagPages {
            let page = built.page(path)
            XCTAssertEqual(otherTags(page).count, 30, path)
            // Its list of 303 other tags was 36 KB, a hundred times a story's card.
            XCTAssertLessThan(tagIndex(page).utf8.count, 5_000, path)
        }

        let page = built.page("guong-dien-hinh/chu-de/chu-de-008-a/index.html")
        let others = otherTags(page)
        for tag in ["chủ đề 008 b", "chủ đề 008 c", "khuyến học"] {
            XCTAssertTrue(others.contains(tag), "a tag sharing its story: \(tag); listed: \(others)")
        }
        XCTAssertTrue(page.contains("<p class=\"tag-more\">Trên đây là 30 trong số 303 chủ đề khác: các chủ đề có chung bài viết với "
                                    + "chủ đề này, rồi các chủ đề có nhiều bài nhất. "
                                    + "<a href=\"../../../guong-dien-hinh/index.html#chu-de\">Xem đủ 304 chủ đề</a></p>"), page)

        let index = built.page("guong-dien-hinh/index.html")
        XCTAssertTrue(index.contains("<h2 id=\"chu-de\">Chủ đề</h2>"), "the link's target")
        let all = otherTags(index)
        XCTAssertEqual(all.count, 304, "the index lists every tag")
        XCTAssertEqual(others, all.filter(others.contains), "in the index's alphabetical order")
    }

    /// The tags sharing the page's stories come first, most shared first, then those of most
    /// stories: `khuyến học` shares a story with 75 tags, `thi đua` with none.
    func testTheTagsSharingItsStoriesComeBeforeTheMostUsed() throws {
        let built = try Self.build()
        let sharing = otherTags(built.page("guong-dien-hinh/chu-de/khuyen-hoc/index.html"))
        XCTAssertEqual(sharing.count, 30)
        XCTAssertTrue(sharing.contains("chủ đề 004 a"), "shares a story: \(sharing)")
        XCTAssertFalse(sharing.contains("chủ đề 001 a"), "shares none")
        XCTAssertFalse(sharing.contains("dân vận khéo"), "of two stories, but shares none")

        let alone = otherTags(built.page("guong-dien-hinh/chu-de/thi-dua/index.html"))
        XCTAssertEqual(alone.count, 30)
        XCTAssertTrue(alone.contains("khuyến học"), "of 25 stories: \(alone)")
        XCTAssertTrue(alone.contains("dân vận khéo"), "of two stories: \(alone)")
    }

    /// A site of a few tags lists them all, as it always did, with no word of a longer list.
    func testASiteOfFewTagsListsThemAll() throws {
        let page = try BuiltSite.build().page("guong-dien-hinh/chu-de/dan-van-kheo/index.html")
        XCTAssertEqual(otherTags(page), ["phòng chống thiên tai"])
        XCTAssertFalse(page.contains("tag-more"))
        XCTAssertFalse(page.contains("Xem đủ"))
    }
}
