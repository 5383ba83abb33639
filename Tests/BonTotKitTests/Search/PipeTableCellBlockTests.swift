@testable import BonTotKit
import XCTest

/// A cell that alone would read as a block ("# 3", "- a", "> b", "1. x") is inline text, as
/// GitHub reads a cell: the page shows its words as typed (with the emphasis it holds), and
/// search gives the very words the page shows; search read "# 3" as a heading, "3.".
final class PipeTableCellBlockTests: XCTestCase {
    private static let body = """
        | Mục | Nội dung | Ghi chú |
        |---|---|---|
        | # 3 | - **Đậm** | > trích |
        | 1. x | 2) y | --- |
        | + a | [a]: /b | ``` |
        """

    /// The text a reader sees in each cell of `page`: its tags left out, its entities read.
    private func shownCells(_ page: String) -> [String] {
        page.matches(of: /<t[hd][^>]*>(.*?)<\/t[hd]>/).map { match in
            String(match.output.1).replacing(/<[^>]*>/, with: "")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    func testACellReadingAsABlockShowsItsWordsAsTyped() {
        let page = MarkdownRenderer(allowHTML: false).html(Self.body, root: "", file: "content/stories/x.md")
        XCTAssertTrue(page.contains("<tr><td># 3</td><td>- <strong>Đậm</strong></td><td>&gt; trích</td></tr>"), page)
        XCTAssertTrue(page.contains("<tr><td>1. x</td><td>2) y</td><td>---</td></tr>"), page)
        XCTAssertTrue(page.contains("<tr><td>+ a</td><td>[a]: /b</td><td>```</td></tr>"), page)
    }

    func testSearchGivesTheWordsThePageShows() {
        let page = MarkdownRenderer(allowHTML: false).html(Self.body, root: "", file: "content/stories/x.md")
        let shown = shownCells(page)
        XCTAssertEqual(shown, ["Mục", "Nội dung", "Ghi chú", "# 3", "- Đậm", "> trích", "1. x", "2) y", "---", "+ a", "[a]: /b", "```"])
        XCTAssertEqual(MarkdownRenderer.plainText(Self.body), shown.joined(separator: " "))
        XCTAssertEqual(MarkdownRenderer.words(of: Self.body, limit: .max, readsByScalar: false), shown.joined(separator: " "))
    }
}
