import BonTotKit
import Foundation
import XCTest

/// Word's empty paragraph pasted as text, a line of only no-break spaces (maybe with spaces or
/// tabs): a blank line to the page as it was in Word, so the paragraphs on either side print
/// apart and a list or a table ends there (a note under a table printed as one of its rows).
/// No-break spaces among words and in code are kept; warnings still name the file's lines.
final class WordEmptyParagraphTests: SiteCopyTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer(allowHTML: false).html(markdown, root: "", file: "content/stories/a.md", under: 2)
    }

    func testParagraphsOnEitherSidePrintApart() {
        for blank in ["\u{00A0}", " \u{00A0}\t\u{00A0} "] {
            XCTAssertEqual(html("Đoạn 1\n\(blank)\nĐoạn 2\n"), "<p>Đoạn 1</p>\n<p>Đoạn 2</p>\n")
            XCTAssertEqual(html("Đoạn 1\r\n\(blank)\r\nĐoạn 2"), "<p>Đoạn 1</p>\n<p>Đoạn 2</p>\n")
        }
        XCTAssertEqual(html("- Một\n- Hai\n\u{00A0}\nGhi chú.\n"), "<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>\n<p>Ghi chú.</p>\n")
    }

    /// Word's empty paragraph in a quoted passage ("> " then no-break spaces, or ">" right
    /// before them) printed the quote's paragraphs as one; they print apart, as a "> " line
    /// parts them, in a quote in a quote too.
    func testParagraphsOfAQuotePrintApart() {
        let apart = "<blockquote>\n<p>Đoạn 1</p>\n<p>Đoạn 2</p>\n</blockquote>\n"
        for blank in ["> \u{00A0}", ">\u{00A0}", ">\u{00A0} \u{00A0}\t", "  > \u{00A0}"] {
            XCTAssertEqual(html("> Đoạn 1\n\(blank)\n> Đoạn 2\n"), apart, blank)
            XCTAssertEqual(html("> Đoạn 1\r\n\(blank)\r\n> Đoạn 2"), apart, blank)
        }
        XCTAssertEqual(html("> > Đoạn 1\n> > \u{00A0}\n> > Đoạn 2\n"), "<blockquote>\n\(apart)</blockquote>\n")
        XCTAssertEqual(html("> - Một\n> \u{00A0}\n> Ghi chú.\n"), "<blockquote>\n<ul>\n<li>Một</li>\n</ul>\n<p>Ghi chú.</p>\n</blockquote>\n")
        XCTAssertEqual(html("Đoạn 1\n    > \u{00A0}\n"), "<p>Đoạn 1\n&gt; \u{00A0}</p>\n", "no quote: a line of the paragraph")
        XCTAssertEqual(html(">     a\n>     \u{00A0}\n>     b\n"), "<blockquote>\n<pre><code>a\n\u{00A0}\nb\n</code></pre>\n</blockquote>\n",
                       "code in a quote")
    }

    func testANoteUnderATablePrintsUnderItUnwarned() throws {
        let body = "| STT | Tên |\n|---|---|\n| 1 | An |\n\u{00A0}\nGhi chú: số liệu tạm tính.\n"
        let page = html(body)
        XCTAssertTrue(page.hasSuffix("<td>An</td></tr>\n</tbody>\n</table>\n<p>Ghi chú: số liệu tạm tính.</p>\n"), page)
        XCTAssertEqual(try storyBodyWarnings(body, containing: "dòng").count, 0)
    }

    func testProseWithPipesOnEitherSidePrintsApartAndTableRowsStayOneTable() {
        XCTAssertEqual(html("Điểm: 8 | 9\n\u{00A0}\nGhi chú: An | Bình\n"), "<p>Điểm: 8 | 9</p>\n<p>Ghi chú: An | Bình</p>\n")
        XCTAssertEqual(html("Điểm: 8 | 9\n\u{00A0}\n| STT | Ấp |\n|---|---|\n"), "<p>Điểm: 8 | 9</p>\n" + html("| STT | Ấp |\n|---|---|\n"),
                       "prose, then a table")
        let table = html("| STT | Ấp |\n|---|---|\n| 1 | Ấp Bắc |\n\u{00A0}\n| 2 | Ấp Nam |\n")
        XCTAssertTrue(table.contains("<td>Ấp Bắc</td></tr>\n<tr><td class=\"num\">2</td>"), table)
        let quoted = html("> | STT | Ấp |\n> |---|---|\n> | 1 | Ấp Bắc |\n> \u{00A0}\n> | 2 | Ấp Nam |\n")
        XCTAssertTrue(quoted.contains("<td>Ấp Bắc</td></tr>\n<tr><td class=\"num\">2</td>"), quoted)
    }

    func testABodyIsReadWithItsOwnBytesWhateverItsLettersLookLike() {
        // The same words, typed with their marks composed and apart: Swift's strings take them
        // for equal, the page keeps each as typed.
        let composed = "Nghị quyết\n\u{00A0}\nĐoạn 2\n", apart = composed.decomposedStringWithCanonicalMapping
        XCTAssertEqual(composed, apart)
        XCTAssertEqual(Array(html(composed).utf8), Array("<p>Nghị quyết</p>\n<p>Đoạn 2</p>\n".utf8))
        XCTAssertEqual(Array(html(apart).utf8), Array("<p>Nghị quyết</p>\n<p>Đoạn 2</p>\n".decomposedStringWithCanonicalMapping.utf8))
        XCTAssertEqual(Array(html(composed).utf8), Array("<p>Nghị quyết</p>\n<p>Đoạn 2</p>\n".utf8), "read again")
    }

    func testALongRunOfNoBreakSpacesBeforeAWordIsReadAtOnce() {
        // Forty thousand no-break spaces pasted before a word (Word's padding), then a line of
        // them alone: each was looked at with the whole run, and the page took a minute (no
        // timing here, the project's rule: a return of the slowness shows as a test run of minutes).
        let run = String(repeating: "\u{00A0}", count: 40_000)
        let page = html("Đoạn 1\n\(run)x\n\(run)\nĐoạn 2\n")
        XCTAssertEqual(page, "<p>Đoạn 1\n\(run)x</p>\n<p>Đoạn 2</p>\n")
    }

    func testNoBreakSpacesAmongWordsAndInCodeAreKept() {
        XCTAssertEqual(html("Số 5\u{00A0}000 đồng\n"), "<p>Số 5\u{00A0}000 đồng</p>\n")
        XCTAssertEqual(html("Đoạn 1\n\u{00A0}5\u{00A0}000 đồng\u{00A0}\n\u{00A0} \u{00A0}x\n"),
                       "<p>Đoạn 1\n\u{00A0}5\u{00A0}000 đồng\u{00A0}\n\u{00A0} \u{00A0}x</p>\n", "a line with words")
        XCTAssertEqual(html("Đoạn 1\n\u{00A0}"), "<p>Đoạn 1</p>\n", "the last line, with no line end")
        XCTAssertEqual(html("\u{00A0}\t\nĐoạn 1\r\u{00A0}\rĐoạn 2"), "<p>Đoạn 1</p>\n<p>Đoạn 2</p>\n", "the first line; '\\r' line ends")
        XCTAssertEqual(html("```\na\n\u{00A0}\nb\n```\n"), "<pre><code>a\n\u{00A0}\nb\n</code></pre>\n")
        XCTAssertEqual(html("    a\n    \u{00A0}\n    b\n"), "<pre><code>a\n\u{00A0}\nb\n</code></pre>\n")
    }

    func testWarningsUnderItNameTheFilesLines() throws {
        let found = try storyBodyWarnings("Đoạn 1\n\u{00A0}\n\u{00A0}\nSTT\tTên\n1\tAn\n", containing: "phím Tab")
        assertOneBodyWarning(found, line: 12, start: "dòng 12–13 có các cột", advice: "| STT |")
        let rows = try storyBodyWarnings("Đoạn 1\n\u{00A0}\n| STT | Tên |\n| 1 | An |\n", containing: "gạch ngang")
        assertOneBodyWarning(rows, line: 11, start: "dòng 11–12 trông như một bảng", advice: "ngay dưới dòng 11")
    }
}
