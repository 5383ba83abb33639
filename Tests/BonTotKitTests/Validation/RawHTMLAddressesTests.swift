import XCTest
@testable import BonTotKit

/// The addresses read from raw HTML (`RawHTMLAddresses`): `src`, `href`, `poster`, `<object
/// data>` and each candidate of a `srcset`, quoted either way or not at all, in any case,
/// entities undone, lines counted; never from a comment or a script.
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

    /// The lines are counted on as the block is read, not from its start for each address:
    /// each of many addresses is at its own line, several on one line, a value or a `srcset`
    /// spread over lines, a Windows line end and a comment's lines counted too.
    func testEachOfManyAddressesIsAtItsLine() {
        var html = "<div>\n"
        var expected: [String] = []
        for line in 1...12 {
            html += "<img src=\"media/\(line).jpg\" alt=\"\(line)\">\n"
            expected.append("src media/\(line).jpg +\(line)")
        }
        html += "<a href=media/a.pdf>a</a> <a\r\n href='media/b.pdf'>b</a><!-- \n\n -->\n"
        expected += ["href media/a.pdf +13", "href media/b.pdf +14"]
        html += "<img srcset=\"media/x.jpg 1x,\n\n  media/y.jpg 2x\" src=\"media/\nz.jpg\">\n<img src=media/w.jpg></div>"
        expected += ["src media/x.jpg +17", "src media/y.jpg +19", "src media/\nz.jpg +19", "src media/w.jpg +21"]
        XCTAssertEqual(urls(html), expected)
    }

    /// Each candidate of a `srcset` is one address, its descriptor left out; a `poster`, an
    /// `<object data>`, a `<source src>` and a `<track src>` are read too; a `data` of another
    /// tag, or a `data-src`, is not.
    func testSourceSetsPostersAndObjectsAreRead() {
        XCTAssertEqual(urls(#"<img srcset="media/a-480.jpg 480w,media/a.jpg  2x , media/b&amp;c.jpg" src=media/a.jpg>"#),
                       ["src media/a-480.jpg +0", "src media/a.jpg +0", "src media/b&c.jpg +0", "src media/a.jpg +0"])
        XCTAssertEqual(urls("<picture>\n<source type=image/webp srcset='media/a.webp, media/b.webp 2x,'>\n</picture>"),
                       ["src media/a.webp +1", "src media/b.webp +1"])
        XCTAssertEqual(urls("<img srcset=\"media/x.jpg 1x,\n  media/y.jpg 2x\">"), ["src media/x.jpg +0", "src media/y.jpg +1"])
        XCTAssertEqual(urls(#"<video poster="media/p.jpg"><source src="media/v.mp4"><track src="media/v.vtt"></video>"#),
                       ["src media/p.jpg +0", "src media/v.mp4 +0", "src media/v.vtt +0"])
        XCTAssertEqual(urls(#"<object data="media/bao-cao.pdf" type="application/pdf"></object><data value="1" data="x">"#),
                       ["src media/bao-cao.pdf +0"])
    }

    /// A `<link>`'s `imagesrcset` (a picture preloaded in its sizes) is read as a `srcset`: each
    /// candidate a picture, rewritten alone; the attribute means nothing on another tag.
    func testALinksImageSourceSetIsReadAsASourceSet() {
        let html = "<link rel=\"preload\" as=\"image\" imagesrcset=\"media/a.jpg 1x,\n  media/b.jpg 2x\"><img imagesrcset=\"media/c.jpg\">"
        XCTAssertEqual(urls(html), ["src media/a.jpg +0", "src media/b.jpg +1"])
        XCTAssertEqual(RawHTMLAddresses.addresses(in: html).map(\.isPicture), [true, true])
        XCTAssertEqual(RawHTMLAddresses.rewriting(html) { $0.url == "media/b.jpg" ? "../media/b.jpg" : nil },
                       "<link rel=\"preload\" as=\"image\" imagesrcset=\"media/a.jpg 1x,\n  ../media/b.jpg 2x\"><img imagesrcset=\"media/c.jpg\">")
    }

    /// The `href` of a `<link>` that preloads a picture (`as="image"`, in any case and quoting,
    /// before or after it) is a picture; another `<link>`'s, or an `<a as=image>`'s, is not.
    func testAPreloadedPicturesHrefIsAPicture() {
        let html = "<link rel=preload as=\"image\" href=media/a.jpg><LINK HREF='media/b.jpg' AS=IMAGE>"
            + "<link rel=stylesheet href=media/c.css><link as=font href=media/d.woff2><a as=image href=media/e.jpg>e</a>"
        XCTAssertEqual(urls(html), ["href media/a.jpg +0", "href media/b.jpg +0", "href media/c.css +0", "href media/d.woff2 +0",
                                    "href media/e.jpg +0"])
        XCTAssertEqual(RawHTMLAddresses.addresses(in: html).map(\.isPicture), [true, true, false, false, false])
    }

    /// A candidate of a `srcset` is rewritten alone: its descriptor, the others, the quotes
    /// and the spacing stay as written.
    func testRewritingACandidateKeepsItsDescriptorAndQuotes() {
        let html = "<img srcset='media/a.jpg 480w,  media/b.jpg 2x' alt=x><source srcset=media/c.webp>"
        let rewritten = RawHTMLAddresses.rewriting(html) { $0.url == "media/b.jpg" || $0.url == "media/c.webp" ? "../" + $0.url : nil }
        XCTAssertEqual(rewritten, "<img srcset='media/a.jpg 480w,  ../media/b.jpg 2x' alt=x><source srcset=../media/c.webp>")
        XCTAssertEqual(RawHTMLAddresses.rewriting(html) { $0.url == "media/a.jpg" ? "../media/a'b.jpg" : nil },
                       "<img srcset='../media/a&#39;b.jpg 480w,  media/b.jpg 2x' alt=x><source srcset=media/c.webp>")
    }

    /// A value whose closing quote is missing (`<div><img src="media/a.jpg` and a new line, an
    /// HTML block libcmark keeps as typed) runs to the node's end: rewritten with its quote
    /// closed, not a crash of the build.
    func testRewritingAValueWithoutItsClosingQuote() {
        XCTAssertEqual(RawHTMLAddresses.rewriting("<div><img src=\"media/a.jpg\n") { _ in "../media/a.jpg" },
                       "<div><img src=\"../media/a.jpg\"")
        XCTAssertEqual(RawHTMLAddresses.rewriting("<a href='media/b.pdf") { _ in "../media/b.pdf" }, "<a href=\"../media/b.pdf\"")
    }

    func testRewritingKeepsEverythingElse() {
        let html = #"<p class=k><img src='media/a.jpg' alt="a"> <a href="https://x.vn/?a=1&amp;b=2">x</a></p>"#
        XCTAssertEqual(RawHTMLAddresses.rewriting(html) { $0.url == "media/a.jpg" ? "../../media/a.jpg" : nil },
                       #"<p class=k><img src="../../media/a.jpg" alt="a"> <a href="https://x.vn/?a=1&amp;b=2">x</a></p>"#)
        XCTAssertNil(RawHTMLAddresses.rewriting(html) { _ in nil })
    }
}
