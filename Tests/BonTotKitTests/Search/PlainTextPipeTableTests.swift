@testable import BonTotKit
import XCTest

/// A body with a pipe table gives the search index and the feed's summaries its cells' words,
/// as the page shows them, not the pipes and the row of dashes it is written with.
final class PlainTextPipeTableTests: XCTestCase {
    private static let body = """
        Kết quả thực hiện nghị quyết:

        | Chỉ tiêu | Kết quả |
        |:---|---:|
        | Thu **quỹ** đảng phí | 100 % |
        | [Đường](https://example.org/duong) thôn \\| xóm | - |

        Chi bộ thống nhất.
        """

    func testATablesCellsAreItsWords() {
        XCTAssertEqual(MarkdownRenderer.plainText(Self.body),
                       "Kết quả thực hiện nghị quyết: Chỉ tiêu Kết quả Thu quỹ đảng phí 100 % Đường thôn | xóm - Chi bộ thống nhất.")
    }

    func testACutSummaryHoldsNoPipeOrDashes() {
        let long = Self.body + "\n\n" + String(repeating: "Ý kiến của chi bộ về việc thực hiện nghị quyết. ", count: 30)
        for limit in [20, 60, 300] {
            let summary = MarkdownRenderer.plainText(long, limit: limit)
            XCTAssertFalse(summary.contains("---") || summary.contains("| Chỉ tiêu"), "limit \(limit): \(summary)")
            XCTAssertEqual(summary, MarkdownRenderer.cut(MarkdownRenderer.words(of: long, limit: limit) ?? "", limit: limit))
        }
    }

    func testReadingByCharacterGivesTheSameWords() {
        XCTAssertEqual(MarkdownRenderer.words(of: Self.body, limit: .max, readsByScalar: false),
                       MarkdownRenderer.words(of: Self.body, limit: .max))
    }

    func testTheLineRightAboveATableKeepsItsWords() {
        let body = "Kết quả các ấp:\n| Ấp | Đảng viên |\n|---|---:|\n| Ấp 1 | 28 |\r\n\r\nHết."
        XCTAssertEqual(MarkdownRenderer.plainText(body), "Kết quả các ấp: Ấp Đảng viên Ấp 1 28 Hết.")
    }

    func testPipesThatAreNoTableAreKept() {
        XCTAssertEqual(MarkdownRenderer.plainText("Hai phương án: A | B, chọn A."), "Hai phương án: A | B, chọn A.")
    }
}
