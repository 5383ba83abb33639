import BonTotKit
import XCTest

/// A table with a line of hyphens right under its last row ("---", a rule to the clerk): to
/// libcmark the lines are a heading, which printed the whole table as pipes in large type;
/// GitHub reads a table, then a rule.
final class PipeTableRuleTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer(allowHTML: false).html(markdown, root: "", file: "content/stories/a.md", under: 2)
    }

    func testHyphensUnderATableAreARuleUnderIt() {
        let page = html("| STT | Ấp |\n|---|---|\n| 1 | Ấp Bắc |\n---\n\nSau bảng.\n")
        XCTAssertEqual(page, "<table>\n<thead>\n<tr><th scope=\"col\">STT</th><th scope=\"col\">Ấp</th></tr>\n</thead>\n"
                       + "<tbody>\n<tr><td class=\"num\">1</td><td>Ấp Bắc</td></tr>\n</tbody>\n</table>\n<hr />\n<p>Sau bảng.</p>\n")
    }

    func testTheLinesAboveTheTableAndAQuoteAreKept() {
        XCTAssertEqual(html("> Kết quả:\n> | STT | Ấp |\n> |---|---|\n> | 1 | Ấp Bắc |\n> ---\n"),
                       "<blockquote>\n<p>Kết quả:</p>\n<table>\n<thead>\n<tr><th scope=\"col\">STT</th><th scope=\"col\">Ấp</th></tr>\n"
                       + "</thead>\n<tbody>\n<tr><td class=\"num\">1</td><td>Ấp Bắc</td></tr>\n</tbody>\n</table>\n<hr />\n</blockquote>\n")
    }

    func testWordsOverHyphensStayAHeading() {
        let page = html("Kết quả quý III\n---\n")
        XCTAssertTrue(page.hasPrefix("<h3>Kết quả quý III</h3>"), page)
        XCTAssertFalse(page.contains("<hr"), page)
    }
}
