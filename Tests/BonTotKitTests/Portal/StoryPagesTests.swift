import BonTotKit
import Foundation
import XCTest

/// The stories section on the portal fixture: the list, one page per story, and tag pages.
final class StoryPagesTests: XCTestCase {
    func testAStoryPageDropsRawHTMLUnlessTheSiteAllowsIt() throws {
        let built = try BuiltSite.build()
        let page = built.page("guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html")
        XCTAssertFalse(page.contains("<script>"), "raw HTML must be dropped")
        XCTAssertFalse(page.contains("alert("))
        XCTAssertTrue(page.contains("<p>Đêm 18/9, nước sông dâng nhanh.</p>"))
        XCTAssertTrue(page.contains("<blockquote>"))

        let allowed = try BuiltSite.build(changes: [
            "site.yaml": try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
                .replacingOccurrences(of: "allow_html: false", with: "allow_html: true"),
        ])
        XCTAssertTrue(allowed.page("guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html").contains("<script>alert(\"x\")</script>"))
    }

    func testAStoryPageShowsItsFactsAndImage() throws {
        let built = try BuiltSite.build()
        let page = built.page("guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html")
        for expected in [
            "<h1>Bí thư 8X xông pha trong lũ</h1>",
            "<span class=\"badge kind-ca-nhan\">Gương cá nhân</span>",
            "<time datetime=\"2024-09-20\">20/09/2024</time>",
            " · Đặng Văn Bình · ",
            "<a href=\"../../chi-bo/ap-bac/index.html\">Chi bộ ấp Ấp Bắc</a>",
            "<p class=\"story-image\"><img src=\"../../media/ap-bac.svg\" alt=\"\"></p>",
            "<a href=\"../../guong-dien-hinh/chu-de/phong-chong-thien-tai/index.html\">phòng chống thiên tai</a>",
            "<p class=\"lead\">Đêm nước lên, anh Bình cùng tổ xung kích đưa 37 hộ đến nơi an toàn.</p>",
        ] {
            XCTAssertTrue(page.contains(expected), "story page lacks \(expected)")
        }
        XCTAssertTrue(built.page("guong-dien-hinh/binh-minh-hien-dat/index.html").contains("<h1>Ấp Bình Minh hiến đất làm đường</h1>"),
                      "a story's slug: field names its folder")
    }

    func testEverythingAStoryCarriesIsEscaped() throws {
        let built = try BuiltSite.build(changes: [
            "content/stories/thu.md": """
            ---
            title: "Tổ <b>xung kích</b> & \\"nhóm\\" trẻ"
            slug: to-xung-kich
            kind: mo-hinh
            date: 2024-07-01
            tags: ["<i>chuyển đổi số</i>"]
            summary: "<img src=x onerror=alert(1)>"
            ---
            Nội dung.
            """,
        ])
        let page = built.page("guong-dien-hinh/to-xung-kich/index.html")
        XCTAssertTrue(page.contains("Tổ &lt;b&gt;xung kích&lt;/b&gt; &amp; &quot;nhóm&quot; trẻ"))
        XCTAssertFalse(page.contains("<b>xung kích</b>"))
        XCTAssertFalse(page.contains("<img src=x"))
        XCTAssertFalse(built.page("guong-dien-hinh/index.html").contains("<i>chuyển đổi số</i>"))
        XCTAssertTrue(built.page("guong-dien-hinh/chu-de/i-chuyen-doi-so-i/index.html").contains("&lt;i&gt;chuyển đổi số&lt;/i&gt;"))
    }

    func testTheListIsNewestFirstWithAnIndexOfTags() throws {
        let built = try BuiltSite.build()
        let index = built.page("guong-dien-hinh/index.html")
        let newer = try XCTUnwrap(index.range(of: "Bí thư 8X xông pha trong lũ</a></h3>"))
        let older = try XCTUnwrap(index.range(of: "Ấp Bình Minh hiến đất làm đường</a></h3>"))
        XCTAssertLessThan(newer.lowerBound, older.lowerBound)
        XCTAssertTrue(index.contains("<a href=\"../guong-dien-hinh/chu-de/dan-van-kheo/index.html\">dân vận khéo</a> <span class=\"count\">(02 bài)</span>"))
        XCTAssertTrue(index.contains("<a href=\"../guong-dien-hinh/chu-de/phong-chong-thien-tai/index.html\">phòng chống thiên tai</a> <span class=\"count\">(01 bài)</span>"))
        XCTAssertTrue(index.contains("<p class=\"summary\">Hai mươi hộ tự nguyện hiến 1.200 m² đất.</p>"))
        XCTAssertTrue(index.contains("<li class=\"card story-card\">\n<img src=\"../media/ap-bac.svg\" alt=\"\">\n<h3><a href=\"../guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html\">Bí thư 8X xông pha trong lũ</a></h3>"), index)
    }

    func testATagPageHoldsTheStoriesOfItsTagFoldedOnce() throws {
        let built = try BuiltSite.build(changes: [
            "content/stories/de-bao.md": """
            ---
            title: Gia cố đê bao trước mùa lũ
            kind: tap-the
            branch: dong-tam
            date: 2024-06-02
            tags: [Phòng Chống Thiên Tai]
            ---
            Nội dung.
            """,
        ])
        let page = built.page("guong-dien-hinh/chu-de/phong-chong-thien-tai/index.html")
        XCTAssertTrue(page.contains("<h1>Chủ đề: phòng chống thiên tai</h1>"))
        XCTAssertTrue(page.contains("02 bài viết mang chủ đề “phòng chống thiên tai”"))
        let newer = try XCTUnwrap(page.range(of: "Bí thư 8X xông pha trong lũ</a></h3>"))
        let older = try XCTUnwrap(page.range(of: "Gia cố đê bao trước mùa lũ</a></h3>"))
        XCTAssertLessThan(newer.lowerBound, older.lowerBound)
        XCTAssertFalse(page.contains("Ấp Bình Minh hiến đất làm đường"), "a story of another tag")
        XCTAssertTrue(page.contains("<a href=\"../../../guong-dien-hinh/chu-de/dan-van-kheo/index.html\">dân vận khéo</a>"), "the other tags")
        let tagFolders = built.outputFiles().filter { $0.hasPrefix("guong-dien-hinh/chu-de/") }
        XCTAssertEqual(tagFolders, ["guong-dien-hinh/chu-de/dan-van-kheo/index.html",
                                    "guong-dien-hinh/chu-de/phong-chong-thien-tai/index.html"])
    }

    /// The newest story's tag typed without diacritics ("khuyen hoc") named the tag's page and
    /// its entry in the index, though an older story wrote it in Vietnamese.
    func testATagIsNamedByItsSpellingWithDiacritics() throws {
        let built = try BuiltSite.build(changes: [
            "content/stories/hoc-bong.md": """
            ---
            title: Quỹ học bổng của chi bộ
            kind: mo-hinh
            branch: dong-tam
            date: 2024-06-02
            tags: [Khuyến học]
            ---
            Nội dung.
            """,
            "content/stories/tu-sach.md": """
            ---
            title: Tủ sách khu dân cư
            kind: mo-hinh
            branch: dong-tam
            date: 2024-10-02
            tags: [khuyen hoc]
            ---
            Nội dung.
            """,
        ])
        let page = built.page("guong-dien-hinh/chu-de/khuyen-hoc/index.html")
        XCTAssertTrue(page.contains("<h1>Chủ đề: Khuyến học</h1>"), page)
        XCTAssertTrue(page.contains("02 bài viết mang chủ đề “Khuyến học”"))
        XCTAssertTrue(built.page("guong-dien-hinh/index.html")
            .contains("<a href=\"../guong-dien-hinh/chu-de/khuyen-hoc/index.html\">Khuyến học</a> <span class=\"count\">(02 bài)</span>"))
    }
}
