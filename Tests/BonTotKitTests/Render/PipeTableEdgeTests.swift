import BonTotKit
import XCTest

/// Pipe tables a clerk types in ways the first reading missed: a table right under a line of
/// text with no blank line between (as GitHub reads it), and a body whose own words must never
/// be taken for a table's place.
final class PipeTableEdgeTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer(allowHTML: false, media: ["media/so-lieu.pdf"])
            .html(markdown, root: "../../", file: "content/bulletins/2024-09.md", under: 2)
    }

    func testATableRightUnderALineOfTextIsATable() {
        let page = html("Kết quả **các ấp**:\n| STT | Ấp |\n|---|---|\n| 1 | Ấp Bắc |")
        XCTAssertTrue(page.hasPrefix("<p>Kết quả <strong>các ấp</strong>:</p>\n<table>\n"), page)
        XCTAssertTrue(page.contains("<tr><td class=\"num\">1</td><td>Ấp Bắc</td></tr>"), page)
        XCTAssertFalse(page.contains("|"), page)
    }

    func testABodysOwnWordsAreNeverReplacedByATable() {
        let typed = "\u{E000}bontot-table-0\u{E000}"
        let page = html("| a |\n|---|\n| 1 |\n\n\(typed)")
        XCTAssertEqual(page.components(separatedBy: "<table>").count, 2, page)
        XCTAssertTrue(page.contains("<p>\(typed)</p>"), page)
    }

    func testATableInAFileSavedByNotepadOrAnOldMacIsATable() {
        for end in ["\r\n", "\r"] {
            let page = html(["Kết quả:", "", "| STT | Ấp |", "|---|---|", "| 1 | Ấp Bắc |", ""].joined(separator: end))
            XCTAssertTrue(page.contains("<tr><td class=\"num\">1</td><td>Ấp Bắc</td></tr>"), page)
            XCTAssertFalse(page.contains("|"), page)
        }
    }

    func testRawHTMLInACellIsDroppedOrKeptAsTheSiteAllows() {
        let table = "| a | b |\n|---|---|\n| <script>alert(1)</script> | <div>x</div> |"
        let dropped = html(table)
        XCTAssertTrue(dropped.contains("<tr><td></td><td></td></tr>"), dropped)
        XCTAssertFalse(dropped.contains("script"), dropped)
        let kept = MarkdownRenderer(allowHTML: true).html(table, root: "", file: "content/stories/x.md")
        XCTAssertTrue(kept.contains("<td><div>x</div></td>"), kept)
    }
}
