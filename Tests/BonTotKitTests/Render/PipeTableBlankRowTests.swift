import BonTotKit
import XCTest

/// A line of no-break spaces under a table, as Word pastes an empty paragraph: libcmark takes it
/// for no blank line (a no-break space is no space to it), so it was the table's last row, an
/// empty row drawn with its borders on the page and on paper.
final class PipeTableBlankRowTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer(allowHTML: false).html(markdown, root: "", file: "content/minutes/2024/a.md", under: 2)
    }

    func testALineOfNoBreakSpacesMakesNoEmptyRow() {
        for blank in ["\u{00A0}", "\u{00A0} \u{00A0}\t", " \u{00A0}"] {
            let page = html("| STT | Ấp |\n|---|---|\n| 1 | Ấp Bắc |\n\(blank)\n")
            XCTAssertTrue(page.hasSuffix("<tbody>\n<tr><td class=\"num\">1</td><td>Ấp Bắc</td></tr>\n</tbody>\n</table>\n"), page)
            XCTAssertFalse(page.contains("<td></td>"), page)
        }
        let between = html("| STT | Ấp |\n|---|---|\n| 1 | Ấp Bắc |\n\u{00A0}\n| 2 | Ấp Nam |\n")
        XCTAssertTrue(between.contains("<td>Ấp Bắc</td></tr>\n<tr><td class=\"num\">2</td>"), between)
    }
}
