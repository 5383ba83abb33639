@testable import BonTotKit
import XCTest

/// The search index and the pages' scripts carry text as JSON strings: what JSON and a page's
/// `<script>` need escaped is escaped, and nothing else is touched.
final class JSONTextTests: XCTestCase {
    func testVietnameseTextIsKeptAsItIs() {
        XCTAssertEqual(JSONText.string("Chi bộ Ấp 2 sinh hoạt đủ 12 tháng"), "\"Chi bộ Ấp 2 sinh hoạt đủ 12 tháng\"")
        XCTAssertEqual(JSONText.string(""), "\"\"")
    }

    func testQuotesBackslashesAndLineBreaksAreEscaped() {
        XCTAssertEqual(JSONText.string("a \"b\" c\\d"), #""a \"b\" c\\d""#)
        XCTAssertEqual(JSONText.string("một\nhai\r\nba\tbốn"), #""một\nhai\r\nba\tbốn""#)
    }

    /// `</script>` inside a page's script would end it; U+2028 and U+2029 end a line in JavaScript.
    func testWhatWouldBreakAPageScriptIsEscaped() {
        XCTAssertEqual(JSONText.string("</script>"), #""\u003c/script>""#)
        XCTAssertEqual(JSONText.string("a\u{2028}b\u{2029}c"), #""a\u2028b\u2029c""#)
        // Other characters whose UTF-8 starts the same way are not touched.
        XCTAssertEqual(JSONText.string("a\u{2027}b\u{202A}c—d"), "\"a\u{2027}b\u{202A}c—d\"")
    }

    /// The text between escapes is kept whole, however the escapes fall: first, last, side by side.
    func testTextBetweenEscapesIsKeptWhole() {
        XCTAssertEqual(JSONText.string("\"Đạt\" <b>tốt\u{2028}</b>–…\n\n"),
                       #""\"Đạt\" \u003cb>tốt\u2028\u003c/b>–…\n\n""#)
        XCTAssertEqual(JSONText.string("\u{2029}\u{2029}x"), #""\u2029\u2029x""#)
    }

    func testOtherControlCharactersAreWrittenAsUnicodeEscapes() {
        XCTAssertEqual(JSONText.string("a\u{01}b\u{1F}c\u{0B}"), #""a\u0001b\u001fc\u000b""#)
    }

    func testArraysJoinEscapedStrings() {
        XCTAssertEqual(JSONText.array(["a\"", "<b>"]), #"["a\"","\u003cb>"]"#)
        XCTAssertEqual(JSONText.array([]), "[]")
    }
}
