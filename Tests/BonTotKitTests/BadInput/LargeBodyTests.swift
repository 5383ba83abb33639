import Foundation
import XCTest
@testable import BonTotKit

/// Bodies of megabytes, one construct repeated, as a page pasted from Word can be: checked and
/// rendered as a build does, with what a build tells and shows. Each would have taken minutes
/// before its fix (the fuzz findings, smaller, are `BodyFuzzFindingsTests`).
final class LargeBodyTests: XCTestCase {
    /// The errors of `body` as a story's (`content/stories/x.md`, the body from line 7) in a site
    /// that keeps raw HTML, with their lines, and its page's HTML.
    private func checkAndRender(_ body: String) -> (errors: [(line: Int, message: String)], html: String) {
        let sink = DiagnosticSink()
        let context = DecodeContext(sink: sink)
        context.allowHTML = true
        BodyLinks.check(body, firstLine: 7, path: "content/stories/x.md", context: context)
        let html = MarkdownRenderer(allowHTML: true).html(body, root: "../../", file: "content/stories/x.md")
        return (sink.log.entries.map { ($0.location.line, $0.message) }, html)
    }

    /// An HTML block holding 400,000 comments (3 MB; Word's HTML holds many): the end of each
    /// was sought in a copy of the rest of the block, which took minutes. A picture inside a
    /// comment is no picture; the one after them is told at its line.
    func testAPageOfHTMLCommentsIsReadOnce() {
        let comments = 400_000
        let body = "<div>\n<!-- <img src=\"/tmp/a.jpg\"> -->\n" + String(repeating: "<!---->\n", count: comments)
            + "<img src=\"/tmp/anh.jpg\"></div>\n"
        let (errors, html) = checkAndRender(body)
        XCTAssertEqual(errors.map(\.line), [7 + 2 + comments], "\(errors.prefix(3))")
        XCTAssertTrue(errors.first?.message.hasPrefix("ảnh '/tmp/anh.jpg' trong bài không dùng được") == true, "\(errors.prefix(3))")
        XCTAssertTrue(html.hasSuffix("<!---->\n<img src=\"/tmp/anh.jpg\"></div>\n"), String(html.suffix(80)))
    }

    /// 200,000 `<style>` elements in an HTML block (3 MB), their closing tags in capitals: the
    /// closing tag of each was sought in a copy of the rest of the block. What a `<style>` holds
    /// is no address; a picture after them is told at its line.
    func testAPageOfStyleElementsIsReadOnce() {
        let styles = 200_000
        let body = "<div>\n<style>/* <img src=\"/tmp/a.jpg\"> */</STYLE>\n" + String(repeating: "<style></STYLE>\n", count: styles)
            + "<img src=\"/tmp/anh.jpg\"></div>\n"
        let errors = checkAndRender(body).errors
        XCTAssertEqual(errors.map(\.line), [7 + 2 + styles], "\(errors.prefix(3))")
    }
}
