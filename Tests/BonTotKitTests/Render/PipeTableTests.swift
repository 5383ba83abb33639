import BonTotKit
import XCTest

/// A table typed with pipes in a body (as GitHub and most Markdown editors write one) is a
/// table on the page and in the bulletin's PDF; before, libcmark (CommonMark, no tables) printed
/// its rows as one paragraph of pipes and dashes.
final class PipeTableTests: XCTestCase {
    private func html(_ markdown: String, allowHTML: Bool = false) -> String {
        MarkdownRenderer(allowHTML: allowHTML, media: ["media/so-lieu.pdf"])
            .html(markdown, root: "../../", file: "content/bulletins/2024-09.md", under: 2)
    }

    func testAPipeTableIsATableWithItsHeadAndAlignedColumns() {
        let page = html("""
            Kết quả các khu dân cư:

            | STT | Khu dân cư | Tỷ lệ |
            |---:|:---|:---:|
            | 1 | **Ấp Bắc** | 92,9 % |
            | 2 | Đồng Tâm |
            """)
        XCTAssertEqual(page, """
            <p>Kết quả các khu dân cư:</p>
            <table>
            <thead>
            <tr><th scope="col" style="text-align: right">STT</th><th scope="col" style="text-align: left">Khu dân cư</th><th scope="col" style="text-align: center">Tỷ lệ</th></tr>
            </thead>
            <tbody>
            <tr><td class="num" style="text-align: right">1</td><td style="text-align: left"><strong>Ấp Bắc</strong></td><td class="num" style="text-align: center">92,9\u{00A0}%</td></tr>
            <tr><td class="num" style="text-align: right">2</td><td style="text-align: left">Đồng Tâm</td><td style="text-align: center"></td></tr>
            </tbody>
            </table>

            """)
        XCTAssertFalse(page.contains("|"), "no pipe is printed")
    }

    func testACellsLinkToAMediaFileLeadsToItsCopyAndAPipeCanBeEscaped() {
        let page = html("Tệp | Ghi chú\n--- | ---\n[Số liệu](../media/so-lieu.pdf) | a \\| b\n| - | 1. |")
        XCTAssertTrue(page.contains(#"<td><a href="../../media/so-lieu.pdf">Số liệu</a></td>"#), page)
        XCTAssertTrue(page.contains("<td>a | b</td>"), page)
        XCTAssertTrue(page.contains("<td>-</td><td class=\"num\">1.</td>"), "a cell reading as a list is its text: \(page)")
    }

    func testPipesThatAreNoTableAreLeftAsTyped() {
        XCTAssertEqual(html("Chọn a | b hoặc c.\nDòng hai | ba"), "<p>Chọn a | b hoặc c.\nDòng hai | ba</p>\n")
        XCTAssertEqual(html("`| a |`\n\n    | a |\n    |---|"), "<p><code>| a |</code></p>\n<pre><code>| a |\n|---|\n</code></pre>\n")
    }
}
