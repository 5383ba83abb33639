import XCTest
@testable import BonTotKit

/// The `src` and `href` read from raw HTML (`RawHTMLAddresses`): quoted either way or not at
/// all, in any case, entities undone, lines counted; never from a comment or a script.
final class RawHTMLAddressesTests: XCTestCase {
    private func urls(_ html: String) -> [String] {
        RawHTMLAddresses.addresses(in: html).map { "\($0.isSource ? "src" : "href") \($0.url) +\($0.lineOffset)" }
    }

    func testEveryQuotingAndCaseIsRead() {
        XCTAssertEqual(urls(#"<IMG SRC="media/a.jpg" alt='x > y'><a title=t href=media/b.pdf>b</a>"#),
                       ["src media/a.jpg +0", "href media/b.pdf +0"])
        XCTAssertEqual(urls("<div>\n<img\n  src = 'media/c&amp;d.jpg'>\n</div>"), ["src media/c&d.jpg +2"])
    }

    func testCommentsScriptsAndTextAreNotRead() {
        XCTAssertEqual(urls(#"<!-- <img src="media/x.jpg"> --><script>var s = '<img src="media/y.jpg">'</script>a < b <p data-src="z">"#), [])
    }

    func testRewritingKeepsEverythingElse() {
        let html = #"<p class=k><img src='media/a.jpg' alt="a"> <a href="https://x.vn/?a=1&amp;b=2">x</a></p>"#
        XCTAssertEqual(RawHTMLAddresses.rewriting(html) { $0.url == "media/a.jpg" ? "../../media/a.jpg" : nil },
                       #"<p class=k><img src="../../media/a.jpg" alt="a"> <a href="https://x.vn/?a=1&amp;b=2">x</a></p>"#)
        XCTAssertNil(RawHTMLAddresses.rewriting(html) { _ in nil })
    }
}
