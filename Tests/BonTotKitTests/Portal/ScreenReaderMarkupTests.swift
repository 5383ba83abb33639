import BonTotKit
import Foundation
import XCTest

/// The portal as a blind reader hears it with a screen reader: the menu says where the page is,
/// no navigation landmark is empty, a link read out of context (in the screen reader's list of
/// links) says where it leads, and the meeting grid's marks are words, not symbols.
final class ScreenReaderMarkupTests: XCTestCase {
    /// The menu marks its entry as the current page only on that entry's own page; on a page
    /// inside the section (a branch's profile under "Chi bộ") it marks the section, so the reader
    /// does not hear that the link to the list of branches is the page being read.
    func testTheMenuMarksTheCurrentPageApartFromTheCurrentSection() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let directory = Self.menu(of: built.page("chi-bo/index.html"))
        XCTAssertTrue(directory.contains("aria-current=\"page\">Chi bộ</a>"), directory)
        let profile = Self.menu(of: built.page("chi-bo/ap-bac/index.html"))
        XCTAssertTrue(profile.contains("aria-current=\"true\">Chi bộ</a>"), profile)
        XCTAssertFalse(profile.contains("aria-current=\"page\""), profile)
        XCTAssertTrue(Self.menu(of: built.page("index.html")).contains("aria-current=\"page\">Trang chủ</a>"))
        let ranking = Self.menu(of: built.page("xep-hang/2024/index.html"))
        XCTAssertTrue(ranking.contains("aria-current=\"true\">Xếp hạng thi đua</a>"), ranking)
    }

    /// A month with no month before or after it has no "Tháng khác" navigation, which a screen
    /// reader would list among the page's landmarks with nothing in it.
    func testAMonthWithNoOtherMonthHasNoEmptyNavigation() throws {
        let both = try BuiltSite.build()
        XCTAssertTrue(both.page("sinh-hoat/2024/09/index.html").contains("<nav class=\"pager\" aria-label=\"Tháng khác\">"))
        let alone = try BuiltSite.build(changes: ["content/minutes/2024/ap-bac-2024-08.md": nil])
        XCTAssertTrue(alone.report.succeeded, "\(alone.report.diagnostics.sorted)")
        let page = alone.page("sinh-hoat/2024/09/index.html")
        XCTAssertTrue(page.contains("<h1>"), page)
        XCTAssertFalse(page.contains("class=\"pager\""), page)
    }

    /// Two branches meeting on one day on one topic: every link of the home, the month and the
    /// bulletin names its branch, so that no two links read the same and lead apart.
    func testLinksReadOutOfContextSayWhichBranchTheyLeadTo() throws {
        let built = try BuiltSite.build(changes: [
            "content/minutes/2024/dong-tam-2024-09.md": """
            ---
            branch: dong-tam
            date: 2024-09-05
            kind: thuong-ky
            topic: Cải tạo điểm đen rác thải ngõ 15
            attendance: { present: 20, expected: 22, excused: 2, unexcused: 0 }
            resolutions:
              - Hoàn thành cải tạo điểm đen rác thải trước ngày 30/9
            ---
            Sinh hoạt thường kỳ tháng 9.
            """,
        ])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        for path in ["index.html", "sinh-hoat/2024/09/index.html", "ban-tin/2024-09/index.html"] {
            let page = built.page(path)
            let names = Self.linkNames(in: page)
            XCTAssertGreaterThan(names.count, 10, path)
            for (name, targets) in names where targets.count > 1 {
                XCTFail("\(path): \(targets.count) links read “\(name)” and lead to \(targets.sorted())")
            }
        }
        XCTAssertTrue(built.page("sinh-hoat/2024/09/index.html").contains(
            "Cải tạo điểm đen rác thải ngõ 15<span class=\"visually-hidden\"> — Chi bộ ấp Đồng Tâm</span></a>"))
    }

    /// The meeting grid's ✓, ✗, "…" and "—" are symbols a screen reader reads as nothing or as
    /// their names: each cell says what it means in words (hidden from the eye, which has the
    /// legend), and each column names its month or quarter in full rather than "T9".
    func testTheMeetingGridSaysItsMarksInWords() throws {
        let built = try BuiltSite.build()
        let page = built.page("sinh-hoat/index.html")
        let grid = try XCTUnwrap(page.range(of: "<table class=\"grid-table minutes-grid\">")
            .flatMap { start in page.range(of: "</table>", range: start.upperBound..<page.endIndex).map { page[start.lowerBound..<$0.upperBound] } })
        XCTAssertTrue(grid.contains("<td class=\"cell-met\" title=\"có sinh hoạt thường kỳ\"><span aria-hidden=\"true\">✓</span>"
                                    + "<span class=\"visually-hidden\">có sinh hoạt thường kỳ</span></td>"), String(grid))
        XCTAssertTrue(grid.contains("<abbr title=\"tháng 9 năm 2024\" aria-hidden=\"true\">T9</abbr>"
                                    + "<span class=\"visually-hidden\">tháng 9 năm 2024</span>"), String(grid))
        let bareMark = try NSRegularExpression(pattern: #"<td class="cell-[^"]*"[^>]*>[^<]"#)
        XCTAssertEqual(bareMark.numberOfMatches(in: String(grid), range: NSRange(grid.startIndex..., in: grid)), 0,
                       "a cell whose mark is not in words: \(grid)")
    }

    /// The search page holds two search landmarks, the header's box and the page's own form: a
    /// screen reader lists them apart by their names, and each field has a label.
    func testTheSearchPagesTwoSearchFormsHaveNamesOfTheirOwn() throws {
        let built = try BuiltSite.build()
        let page = built.page("tim-kiem/index.html")
        let forms = page.matches(of: #/<form [^>]*role="search"[^>]*>/#).map { String($0.output) }
        XCTAssertEqual(forms.count, 2, page)
        let names = [("site-search", "aria-label=\"Tìm kiếm trên cổng thông tin\""), ("search-form", "aria-labelledby=\"tim-kiem\"")]
        for (form, name) in names {
            XCTAssertTrue(forms.contains { $0.hasPrefix("<form class=\"\(form)\"") && $0.contains(name) }, "\(form): \(forms)")
        }
        for labelled in [
            "<h1 id=\"tim-kiem\">Tìm kiếm</h1>",
            "<input type=\"search\" name=\"q\" aria-label=\"Từ khóa tìm kiếm\"",
            "<label for=\"tu-khoa\">Từ khóa</label> <input type=\"search\" id=\"tu-khoa\"",
        ] {
            XCTAssertTrue(page.contains(labelled), "the search page lacks \(labelled)")
        }
    }

    /// A story or a minutes whose writer began a heading with one `#` had a second `<h1>` under
    /// the page's title: a body's headings are of the second level at most, and deeper ones
    /// keep their level.
    func testABodysHeadingsComeUnderThePagesOneTitle() throws {
        let story = "content/stories/hien-dat.md"
        let original = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/" + story), encoding: .utf8)
        let body = "Con đường liên ấp nay đã rộng 5 mét."
        XCTAssertTrue(original.contains(body))
        let built = try BuiltSite.build(changes: [
            story: original.replacingOccurrences(of: body, with: "# Kết quả\n\n\(body)\n\n### Bài học\n\nDân biết, dân bàn."),
        ])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let page = built.page("guong-dien-hinh/binh-minh-hien-dat/index.html")
        XCTAssertEqual(page.components(separatedBy: "<h1").count - 1, 1, page)
        XCTAssertTrue(page.contains("<h2>Kết quả</h2>"), page)
        XCTAssertTrue(page.contains("<h3>Bài học</h3>"), page)
    }

    /// A branch's introduction and a bulletin's editorial sit in a section headed by an `<h2>`
    /// ("Giới thiệu", the editorial's title): a `# heading` in them became an `<h2>` too, so a
    /// screen reader's list of headings put it level with the section, as a section of its own.
    /// A body's headings now come one level under the section's, a deeper one one level under
    /// the heading above it (`####` after `##` skips no level), and none deeper than `<h6>`.
    func testABodysHeadingsComeUnderTheirSectionsHeading() throws {
        let intro = "Chi bộ được thành lập năm 1995, lãnh đạo nhà trường đạt chuẩn quốc gia."
        let editorial = "Tháng 9 năm 2024, các chi bộ vừa lãnh đạo phòng chống lũ vừa duy trì sinh hoạt."
        let branch = "content/branches/truong-thcs.md", bulletin = "content/bulletins/2024-09.md"
        let texts = try [branch, bulletin].map { try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/" + $0), encoding: .utf8) }
        XCTAssertTrue(texts[0].contains(intro) && texts[1].contains(editorial))
        let built = try BuiltSite.build(changes: [
            branch: texts[0].replacingOccurrences(of: intro, with: "# Lịch sử\n\n\(intro)\n\n## Truyền thống\n\n#### Thành tích\n\n# Hôm nay\n\nDạy tốt."),
            bulletin: texts[1].replacingOccurrences(of: editorial, with: "\(editorial)\n\n# Nhiệm vụ tháng tới\n\nChăm lo năm học mới."),
        ])
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let profile = built.page("chi-bo/truong-thcs/index.html")
        let headings = profile.matches(of: #/<h([1-6])[^>]*>([^<]*)</h[1-6]>/#).map { "h\($0.output.1) \($0.output.2)" }
        let introduction = try XCTUnwrap(headings.firstIndex(of: "h2 Giới thiệu"), "\(headings)")
        XCTAssertEqual(Array(headings[introduction...].prefix(6)),
                       ["h2 Giới thiệu", "h3 Lịch sử", "h4 Truyền thống", "h5 Thành tích", "h3 Hôm nay", "h2 Kết quả xếp loại qua các năm"])
        let page = built.page("ban-tin/2024-09/index.html")
        XCTAssertTrue(page.contains("<h2 id=\"loi-toa-soan\">Chung sức vượt lũ, giữ vững nền nếp sinh hoạt</h2>"), page)
        XCTAssertTrue(page.contains("<h3>Nhiệm vụ tháng tới</h3>"), page)
    }

    /// The levels of a body's headings, whatever their writer chose: siblings stay siblings, a
    /// level skipped in the source is not skipped on the page, and a heading under `<h6>` stays there.
    func testHeadingLevelsNeverSkipALevelAndStopAtH6() {
        let html = MarkdownRenderer(allowHTML: false)
            .html("## A\n\n### B\n\n## C\n\n###### D\n\n# E\n\n## F\n\n### G\n\n#### H\n\n##### I", root: "", file: "x.md", under: 2)
        let levels = html.matches(of: #/<h([1-6])>([A-I])</#).map { "\($0.output.2)\($0.output.1)" }
        XCTAssertEqual(levels, ["A3", "B4", "C3", "D4", "E3", "F4", "G5", "H6", "I6"])
        let underTitle = MarkdownRenderer(allowHTML: false).html("### A\n\n# B", root: "", file: "x.md", under: 1)
        XCTAssertEqual(underTitle, "<h2>A</h2>\n<h2>B</h2>\n")
    }

    /// A story's picture was described by the story's title ("Ảnh: Đặng Văn Bình — Bí thư 8X
    /// xông pha trong lũ"), right beside the card's heading or the page's `<h1>` of that title: a
    /// screen reader read the title twice. The picture is now decorative (empty alternative
    /// text) in the story list, on a tag's page, in the bulletin and on the story's page.
    func testAStorysPictureDoesNotRepeatItsTitle() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let title = "Bí thư 8X xông pha trong lũ"
        for path in ["guong-dien-hinh/index.html", "guong-dien-hinh/chu-de/phong-chong-thien-tai/index.html",
                     "ban-tin/2024-09/index.html", "guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html"] {
            let page = built.page(path)
            let images = page.matches(of: #/<img src="[^"]*ap-bac\.svg" alt="([^"]*)">/#).map { String($0.output.1) }
            XCTAssertEqual(images, [""], "\(path): the story's picture, decorative")
            XCTAssertFalse(page.contains("alt=\"Ảnh"), path)
            XCTAssertTrue(page.contains(title), path)
        }
    }

    /// A story's picture, decorative, stood alone in a `<figure>`: a figure with no caption
    /// and an image with empty alternative text, which a screen reader may announce as an
    /// empty figure. It is now a plain paragraph holding the picture.
    func testAStorysDecorativePictureIsNoEmptyFigure() throws {
        let page = try BuiltSite.build().page("guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html")
        XCTAssertTrue(page.contains("<p class=\"story-image\"><img src=\"../../media/ap-bac.svg\" alt=\"\"></p>"), page)
        XCTAssertFalse(page.contains("<figure"), page)
    }

    /// A minutes' body came right after the section "Chất lượng buổi sinh hoạt" with no
    /// heading of its own: a reader moving by headings heard a body without headings as part
    /// of that section. The body now has its own `<h2>`, "Nội dung biên bản", and its own
    /// headings come under it.
    func testAMinutesBodyHasAHeadingOfItsOwn() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let headings = { (page: String) in
            page.matches(of: #/<h([1-6])[^>]*>([^<]*)</h[1-6]>/#).map { "h\($0.output.1) \($0.output.2)" }
        }
        let withHeadings = built.page("sinh-hoat/ap-bac-2024-09/index.html")
        XCTAssertEqual(Array(headings(withHeadings).drop { $0 != "h2 Chất lượng buổi sinh hoạt" }),
                       ["h2 Chất lượng buổi sinh hoạt", "h2 Nội dung biên bản", "h3 Diễn biến", "h3 Kết luận"])
        let plain = built.page("sinh-hoat/binh-minh-2024-09/index.html")
        let body = try XCTUnwrap(plain.range(of: "<p>Sinh hoạt thường kỳ tháng 9.</p>"), plain)
        let above = headings(String(plain[..<body.lowerBound]))
        XCTAssertEqual(above.last, "h2 Nội dung biên bản", "\(above)")
        XCTAssertTrue(plain.contains("<section class=\"prose minutes-body\" aria-labelledby=\"noi-dung-bien-ban\">\n<h2 id=\"noi-dung-bien-ban\">"), plain)
    }

    /// A branch's photo had the branch's name for its alternative text, under the `<h1>` of that
    /// name: a screen reader read the name twice. The photo is decorative.
    func testABranchsPhotoDoesNotRepeatItsName() throws {
        let page = try BuiltSite.build().page("chi-bo/ap-bac/index.html")
        XCTAssertTrue(page.contains("<h1>Chi bộ ấp Ấp Bắc</h1>"), page)
        let photos = page.matches(of: #/<img class="branch-photo" [^>]*alt="([^"]*)">/#).map { String($0.output.1) }
        XCTAssertEqual(photos, [""])
    }

    /// A branch's profile linked each year of its results to that year's ranking by the year
    /// alone, and each of its meetings to its minutes by the date alone: in a screen reader's
    /// list of links it read "2024, 2023, 10/09/2024", which says nothing of where they lead. A
    /// year now reads "Xếp hạng thi đua năm 2024", a meeting "10/09/2024, Sinh hoạt thường kỳ"
    /// (the words hidden from the eye, which has the table's columns), as the home's meetings
    /// name their branch; no link of any page reads a bare year or date.
    func testNoLinkReadsABareYearOrDate() throws {
        let built = try BuiltSite.build()
        XCTAssertTrue(built.report.succeeded, "\(built.report.diagnostics.sorted)")
        let profile = Self.linkNames(in: built.page("chi-bo/binh-minh/index.html"))
        XCTAssertEqual(profile["Xếp hạng thi đua năm 2024"], ["../../xep-hang/2024/index.html"], "\(profile.keys.sorted())")
        XCTAssertEqual(profile["Xếp hạng thi đua năm 2023"], ["../../xep-hang/2023/index.html"], "\(profile.keys.sorted())")
        XCTAssertEqual(profile["10/09/2024, Sinh hoạt thường kỳ"], ["../../sinh-hoat/binh-minh-2024-09/index.html"], "\(profile.keys.sorted())")
        let pages = try FileManager.default.subpathsOfDirectory(atPath: built.output.path).filter { $0.hasSuffix(".html") }
        XCTAssertGreaterThan(pages.count, 20)
        for path in pages {
            for (name, targets) in Self.linkNames(in: built.page(path)) where name.wholeMatch(of: #/[0-9]{4}|[0-9]{2}/[0-9]{2}/[0-9]{4}/#) != nil {
                XCTFail("\(path): a link reads only “\(name)” and leads to \(targets.sorted())")
            }
        }
    }

    /// The site's menu of `page`.
    private static func menu(of page: String) -> String {
        guard let start = page.range(of: "<nav class=\"site-nav\""),
              let end = page.range(of: "</nav>", range: start.upperBound..<page.endIndex) else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }

    /// What a screen reader reads for each link of `page` (its text, tags dropped, spaces folded;
    /// hidden words included), with the addresses it leads to.
    static func linkNames(in page: String) -> [String: Set<String>] {
        let link = try! NSRegularExpression(pattern: #"<a\b[^>]*\bhref="([^"]*)"[^>]*>(.*?)</a>"#, options: [.dotMatchesLineSeparators])
        let tag = try! NSRegularExpression(pattern: #"<[^>]*>"#)
        var names: [String: Set<String>] = [:]
        for match in link.matches(in: page, range: NSRange(page.startIndex..., in: page)) {
            guard let href = Range(match.range(at: 1), in: page), let inner = Range(match.range(at: 2), in: page) else { continue }
            let text = String(page[inner])
            let plain = tag.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
            let name = plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            names[name, default: []].insert(String(page[href]))
        }
        return names
    }
}
