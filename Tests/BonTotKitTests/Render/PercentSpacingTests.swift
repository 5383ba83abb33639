import BonTotKit
import XCTest

/// "92,9 %" typed in a body keeps its sign on the number's line on the page, as bontot's own
/// figures do; code, addresses and a sign not after a number keep their ordinary space.
final class PercentSpacingTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer(allowHTML: false).html(markdown, root: "", file: "content/stories/x.md")
    }

    func testAPercentageTypedWithASpaceKeepsItsSignOnTheNumbersLine() {
        XCTAssertEqual(html("Có mặt 13 đồng chí (92,9 %), vắng 01; đạt 100 % chỉ tiêu."),
                       "<p>Có mặt 13 đồng chí (92,9\u{00A0}%), vắng 01; đạt 100\u{00A0}% chỉ tiêu.</p>\n")
    }

    func testCodeAndASignNotAfterANumberAreLeftAsTyped() {
        XCTAssertEqual(html("Tỷ lệ `92,9 %` và mức % còn lại, 5%."), "<p>Tỷ lệ <code>92,9 %</code> và mức % còn lại, 5%.</p>\n")
    }
}
