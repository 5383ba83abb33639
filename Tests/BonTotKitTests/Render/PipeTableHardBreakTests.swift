import BonTotKit
import XCTest

/// A line ended by `\` (a hard line break, as some editors and converters write one) in the
/// paragraph a pipe table is read from: the lines above the table stay on the page and in
/// search, as GitHub shows them; they were dropped, or one of them, with the table kept.
final class PipeTableHardBreakTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer(allowHTML: false).html(markdown, root: "../../", file: "content/stories/x.md")
    }

    /// The table of the bodies below as it is alone in a body.
    private var oneCell: String { html("| a |\n|---|\n| 1 |") }

    func testALineEndedByABackslashRightAboveTheTableStays() {
        for end in ["\n", "\r\n"] {
            let body = ["Ghi chú: số liệu đến 30/9\\", "| a |", "|---|", "| 1 |"].joined(separator: end)
            XCTAssertEqual(html(body), "<p>Ghi chú: số liệu đến 30/9\\</p>\n" + oneCell)
            XCTAssertEqual(MarkdownRenderer.plainText(body), "Ghi chú: số liệu đến 30/9\\ a 1")
        }
        let listed = html("- Kết quả\\\n  | a |\n  |---|\n  | 1 |\n- Việc khác")
        XCTAssertEqual(listed, "<ul>\n<li>\nKết quả\\\n" + oneCell + "</li>\n<li>Việc khác</li>\n</ul>\n",
                       "in a tight list the line above the table has no <p>, as its neighbours")
    }

    func testABackslashEndingARowKeepsEveryLineAboveTheTable() {
        let body = "Ấp Bắc\nẤp Nam\n| a |\n|---|\n| C:\\\n| 1 |"
        let page = html(body)
        XCTAssertTrue(page.hasPrefix("<p>Ấp Bắc\nẤp Nam</p>\n<table>\n"), page)
        XCTAssertEqual(MarkdownRenderer.plainText(body), "Ấp Bắc Ấp Nam a C:\\ 1")
    }

    func testABackslashAboveTheLastLineAboveTheTable() {
        XCTAssertEqual(html("Dòng một\\\nDòng hai\n| a |\n|---|\n| 1 |"), "<p>Dòng một<br />\nDòng hai</p>\n" + oneCell)
    }
}
