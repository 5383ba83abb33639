@testable import BonTotKit
import XCTest

/// A pipe table typed inside a list item or a block quote is a table there, as GitHub shows it,
/// on the page, in the bulletin and the HTML its PDF is printed from; before, it stayed a
/// paragraph of pipes and dashes.
final class PipeTableContainerTests: SiteCopyTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer(allowHTML: false).html(markdown, root: "../../", file: "content/stories/x.md")
    }

    private static let table = "| Ấp | Tỷ lệ |\n|---|---:|\n| Ấp Bắc | 85,5 % |"
    private static let rendered = """
        <table>
        <thead>
        <tr><th scope="col">Ấp</th><th scope="col" style="text-align: right">Tỷ lệ</th></tr>
        </thead>
        <tbody>
        <tr><td>Ấp Bắc</td><td class="num" style="text-align: right">85,5\u{00A0}%</td></tr>
        </tbody>
        </table>

        """

    func testATableInAListItemIsATableInIt() {
        let indented = Self.table.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n")
        XCTAssertEqual(html("1. Kết quả:\n\n\(indented)\n2. Việc khác"),
                       "<ol>\n<li>\n<p>Kết quả:</p>\n\(Self.rendered)</li>\n<li>\n<p>Việc khác</p>\n</li>\n</ol>\n")
        let tight = Self.table.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        XCTAssertEqual(html("- Kết quả:\n\(tight)\n- Việc khác"),
                       "<ul>\n<li>Kết quả:\n\(Self.rendered)</li>\n<li>Việc khác</li>\n</ul>\n",
                       "in a tight list the line above the table has no <p>, as its neighbours")
    }

    func testATableInABlockQuoteIsATableInIt() {
        let quoted = Self.table.split(separator: "\n").map { "> " + $0 }.joined(separator: "\n")
        XCTAssertEqual(html(quoted), "<blockquote>\n\(Self.rendered)</blockquote>\n")
        XCTAssertEqual(html("> Trích:\n" + quoted.replacingOccurrences(of: "> ", with: ">")),
                       "<blockquote>\n<p>Trích:</p>\n\(Self.rendered)</blockquote>\n")
        let inList = Self.table.split(separator: "\n").map { "  > " + $0 }.joined(separator: "\n")
        XCTAssertEqual(html("- Ý kiến:\n\n" + inList),
                       "<ul>\n<li>\n<p>Ý kiến:</p>\n<blockquote>\n\(Self.rendered)</blockquote>\n</li>\n</ul>\n")
    }

    func testAListedTableIsATableOnTheStoryTheBulletinItsPrintAndInSearch() throws {
        let body = "Kết quả tháng 9:\n\n- Vận động:\n  | Ấp | Số hộ |\n  |---|---:|\n  | Ấp Bắc | 120 |\n\n"
            + "> | Ý kiến | Người nêu |\n> |---|---|\n> | Làm đường | Ông Tám |\n"
        // The feed is written for a site with its address.
        let config = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/site.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "base_url: /\n", with: "base_url: https://intranet.example/dang-bo/\n")
        let root = keep(try BuiltSite.prepare("portal", changes: [
            "site.yaml": config,
            "content/stories/bang.md": "---\ntitle: Bảng trong danh sách\nslug: bang\nkind: mo-hinh\ndate: 2024-09-10\n---\n" + body,
            "content/bulletins/2024-09.md": "---\ntitle: Chung sức vượt lũ\nnumber: 9\n---\n" + body,
        ]))
        let site = BuiltSite.rebuild(root: root)
        let router = Router()
        let bulletin = site.page(router.file(.bulletin(YearMonth(year: 2024, month: 9))))
        let pages = [
            "story": site.page(router.file(.story("bang"))),
            "bulletin": bulletin,
            "bulletin's print": PrintedLinks.rewriting(bulletin, page: router.file(.bulletin(YearMonth(year: 2024, month: 9))), base: nil),
        ]
        for (name, page) in pages {
            XCTAssertTrue(page.contains("<li>Vận động:\n<table>"), "\(name): \(page)")
            XCTAssertTrue(page.contains("<tr><td>Ấp Bắc</td><td class=\"num\" style=\"text-align: right\">120</td></tr>"), name)
            XCTAssertTrue(page.contains("<blockquote>\n<table>"), name)
            XCTAssertTrue(page.contains("<tr><td>Làm đường</td><td>Ông Tám</td></tr>"), name)
            XCTAssertFalse(page.contains("|---|"), "\(name): the table printed as pipes")
        }
        let script = site.page(router.file(.searchIndex("guong")))
        let entry = try XCTUnwrap(try SearchIndexTests.rows(script, name: "guong").first { $0[1] == "Bảng trong danh sách" })
        XCTAssertTrue(entry.contains("Kết quả tháng 9: Vận động: Ấp Số hộ Ấp Bắc 120 Ý kiến Người nêu Làm đường Ông Tám"), "\(entry)")
        let feed = site.page(router.file(.feed))
        XCTAssertTrue(feed.contains("Kết quả tháng 9: Vận động: Ấp Số hộ Ấp Bắc 120 Ý kiến Người nêu Làm đường Ông Tám"), feed)
    }
}
