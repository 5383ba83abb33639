import BonTotKit
import XCTest

/// Pipe tables as clerks type them: without the outer pipes, with colons, rows short or long,
/// a `\|` in code, the table first or last in the body, Vietnamese figures, no-break spaces
/// copied from Word, a definition or a heading right above, inside a list without indenting.
final class PipeTableTypingTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer(allowHTML: false).html(markdown, root: "", file: "content/minutes/2024/a.md", under: 2)
    }

    private static let oneCell = """
        <table>
        <thead>
        <tr><th scope="col">a</th></tr>
        </thead>
        <tbody>
        <tr><td class="num">1</td></tr>
        </tbody>
        </table>

        """

    func testWithoutOuterPipesAlignedAndRaggedRowsCutOrPadded() {
        let page = html("Chỉ tiêu | Kết quả | Ghi chú\n:--- | ---: | :---:\nThu quỹ | 100 %\nHội nghị | 12 | đủ | thừa")
        XCTAssertTrue(page.contains(#"<th scope="col" style="text-align: left">Chỉ tiêu</th><th scope="col" style="text-align: right">Kết quả</th>"#), page)
        XCTAssertTrue(page.contains("<tr><td style=\"text-align: left\">Thu quỹ</td><td class=\"num\" style=\"text-align: right\">100\u{00A0}%</td><td style=\"text-align: center\"></td></tr>"), page)
        XCTAssertTrue(page.contains("<td style=\"text-align: center\">đủ</td></tr>"), page)
        XCTAssertFalse(page.contains("thừa"), "a cell past the head's columns is left out, as GitHub does")
    }

    func testAnEscapedPipeInCodeAndInText() {
        let page = html("| Lệnh | Nghĩa |\n|---|---|\n| `a \\| b` | a hoặc b \\| c |")
        XCTAssertTrue(page.contains("<tr><td><code>a | b</code></td><td>a hoặc b | c</td></tr>"), page)
        XCTAssertEqual(MarkdownRenderer.plainText("| Lệnh | Nghĩa |\n|---|---|\n| `a \\| b` | a hoặc b \\| c |"), "Lệnh Nghĩa a | b a hoặc b | c")
    }

    func testATableAloneFirstOrLastInTheBody() {
        XCTAssertEqual(html("| a |\n|---|\n| 1 |"), Self.oneCell)
        XCTAssertEqual(html("| a |\n|---|\n| 1 |\n\nHết."), Self.oneCell + "<p>Hết.</p>\n")
        XCTAssertEqual(html("Mở đầu.\n\n| a |\n|---|\n| 1 |\n"), "<p>Mở đầu.</p>\n" + Self.oneCell)
    }

    func testVietnameseFiguresStayOnOneLine() {
        let page = html("| Tỷ lệ | Số tiền |\n|---:|---:|\n| 85,5 % | 1.234.567 đồng |")
        XCTAssertTrue(page.contains("<td class=\"num\" style=\"text-align: right\">85,5\u{00A0}%</td><td style=\"text-align: right\">1.234.567 đồng</td>"), page)
    }

    func testNoBreakSpacesCopiedFromWordAroundCells() {
        let page = html("| STT\u{00A0}| Tên\u{00A0}|\n|\u{00A0}---\u{00A0}|\u{00A0}---\u{00A0}|\n|\u{00A0}1 | An |")
        XCTAssertTrue(page.contains("<tr><th scope=\"col\">STT</th><th scope=\"col\">Tên</th></tr>"), page)
        XCTAssertTrue(page.contains("<tr><td class=\"num\">1</td><td>An</td></tr>"), page)
    }

    func testADefinitionAndALineAboveTheHeadRow() {
        let body = "[bc]: https://example.org/bc\nKết quả [bc]:\n| a |\n|---|\n| 1 |"
        XCTAssertEqual(html(body), "<p>Kết quả <a href=\"https://example.org/bc\">bc</a>:</p>\n" + Self.oneCell)
        XCTAssertEqual(MarkdownRenderer.plainText(body), "Kết quả bc: a 1")
    }

    func testAHeadingRightAboveAndAListItemNotIndented() {
        XCTAssertEqual(html("## Kết quả\n| a |\n|---|\n| 1 |"), "<h3>Kết quả</h3>\n" + Self.oneCell)
        XCTAssertEqual(html("- Kết quả:\n| a |\n|---|\n| 1 |"), "<ul>\n<li>Kết quả:\n" + Self.oneCell + "</li>\n</ul>\n")
    }

    func testRowsWithoutTheirRowOfDashesOrWithWordsDashesStayAsTyped() {
        XCTAssertEqual(html("| STT | Tên |\n| 1 | An |"), "<p>| STT | Tên |\n| 1 | An |</p>\n")
        XCTAssertEqual(html("| a |\n|—|\n| 1 |"), "<p>| a |\n|—|\n| 1 |</p>\n")
    }
}
