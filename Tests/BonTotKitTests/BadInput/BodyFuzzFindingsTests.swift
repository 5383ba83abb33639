import Foundation
import XCTest
@testable import BonTotKit

/// What the `body` fuzz mode (`make fuzz FUZZ_MODES=body`) found, each written as a clerk could
/// write it in a story: its links checked and its page rendered as a build does, quickly and
/// without a crash. The inputs themselves are kept in `Tests/Fixtures/fuzz/body/` (`FuzzCorpusTests`).
final class BodyFuzzFindingsTests: XCTestCase {
    private let media: Set<String> = ["media/anh.jpg", "media/anh.goc#1.jpg"]

    /// The errors of `body` as a story's (`content/stories/x.md`, the body from line 7), and
    /// its page's HTML; the test fails when checking and rendering it take a second or more.
    private func checkAndRender(_ body: String, allowHTML: Bool = false, line: UInt = #line) -> (errors: [String], html: String) {
        let start = Date()
        let sink = DiagnosticSink()
        let context = DecodeContext(sink: sink)
        context.media = media
        context.allowHTML = allowHTML
        BodyLinks.check(body, firstLine: 7, path: "content/stories/x.md", context: context)
        let html = MarkdownRenderer(allowHTML: allowHTML, media: media).html(body, root: "../../", file: "content/stories/x.md")
        let seconds = Date().timeIntervalSince(start)
        XCTAssertLessThan(seconds, 1, "checked and rendered in \(seconds) s", line: line)
        return (sink.log.entries.map(\.message), html)
    }

    /// A line of `](` never closed (a pasted run of brackets): each was sought to the line's end
    /// for the parenthesis closing it, and a page of them took seconds. A picture whose name
    /// holds spaces is still told, with its own parentheses.
    func testALineOfBracketsNeverClosedIsCheckedAtOnce() {
        let (errors, html) = checkAndRender("Ghi chú [xem](" + String(repeating: "](", count: 16_000))
        XCTAssertEqual(errors, [])
        XCTAssertTrue(html.hasPrefix("<p>Ghi chú [xem](]("), String(html.prefix(80)))
        let named = checkAndRender("![Ảnh](media/Ảnh (1) đẹp.jpg) và [xem](" + String(repeating: "](", count: 50))
        XCTAssertEqual(named.errors.count, 1, "\(named.errors)")
        XCTAssertTrue(named.errors.first?.contains("'media/Ảnh (1) đẹp.jpg'") == true, "\(named.errors)")
    }

    /// Addresses with spaces nested in each other a thousand times (`[ảnh](](](…media/a b.jpg)))…`):
    /// each was told, quoting the whole of it, which took seconds; the innermost one is told.
    func testAddressesNestedInEachOtherAreToldOnce() {
        let body = "Xem [ảnh" + String(repeating: "](", count: 3_000) + "media/a b.jpg" + String(repeating: ")", count: 3_000)
        let errors = checkAndRender(body).errors
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors.first?.hasPrefix("liên kết 'media/a b.jpg' trong bài có dấu cách") == true, String(errors.first?.prefix(200) ?? ""))
    }

    /// Raw HTML holding a page break or a line separator pasted from Word (a form feed,
    /// U+2028), which Markdown does not end a line at: a picture after them was told at a line
    /// further down for each, past the file's end; it is told at its own line.
    func testAPictureInRawHTMLAfterAPageBreakIsToldAtItsLine() {
        for pasted in ["\u{0C}\u{0C}", "\u{2028}\u{2028}\u{2029}\u{85}"] {
            let sink = DiagnosticSink()
            let context = DecodeContext(sink: sink)
            context.allowHTML = true
            BodyLinks.check("<div>\r\n" + pasted + "<img src=\"/tmp/anh.jpg\">\r<img src=\"/tmp/b.jpg\"></div>",
                            firstLine: 7, path: "content/stories/x.md", context: context)
            XCTAssertEqual(sink.log.entries.map(\.location.line), [8, 9], "\(sink.log.entries)")
        }
    }

    /// An address holding `#` after a name with an extension thousands of times
    /// (`media/a.b#a.b#…`): each place its name might end was looked for among the media files
    /// as a whole path, which took seconds; it is read the usual way. An address with a few,
    /// as clerks name photos, is still told apart by the files.
    func testAnAddressWithAPageOfHashesIsReadTheUsualWay() {
        let (errors, html) = checkAndRender("![Ảnh](media/" + String(repeating: "a.b#", count: 4_000) + ")")
        XCTAssertEqual(errors, [])
        XCTAssertTrue(html.hasPrefix(#"<p><img src="../../media/a.b%23a.b%23"#), String(html.prefix(80)))
        let folders = checkAndRender("[tệp](" + String(repeating: "a.b#/", count: 3_000) + ")")
        XCTAssertEqual(folders.errors.count, 1, "\(folders.errors)")
        XCTAssertTrue(checkAndRender("![Ảnh](media/anh.goc#1.jpg#khung)").html.contains(#"src="../../media/anh.goc%231.jpg#khung""#))
    }
}
