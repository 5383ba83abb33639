@testable import BonTotKit
import XCTest

/// The search index reads a long body only as far as its limit needs: what it keeps must be
/// exactly what reading the whole body and cutting it gives, whatever the body holds.
final class PlainTextPrefixTests: XCTestCase {
    private static let paragraph = "Chi bộ đã thảo luận sôi nổi về việc **nâng cao chất lượng sinh hoạt**, đồng chí Bí thư kết luận."

    private static var bodies: [String] {
        let paragraphs = (1...12).map { "\(paragraph) Ý kiến số \($0)." }
        let fenced = "```\n" + (1...8).map { "dòng mã \($0)\n\ntiếp theo \($0)" }.joined(separator: "\n") + "\n```"
        return [
            paragraphs.joined(separator: "\n\n"),
            "## Diễn biến\n\n" + paragraphs.joined(separator: "\n\n- mục\n\n"),
            paragraphs.prefix(2).joined(separator: "\n\n") + "\n\n" + fenced + "\n\n" + paragraphs.joined(separator: "\n\n"),
            paragraphs.joined(separator: "\n\n") + "\n\nXem [nghị quyết][nq] của chi bộ.\n\n[nq]: https://example.org/nq",
            "Xem [nghị quyết][nq].\n\n" + paragraphs.joined(separator: "\n\n") + "\n\n[nq]: https://example.org/nq",
            paragraphs.joined(separator: "\n\n<!-- ghi chú\n\nvẫn là ghi chú -->\n\n"),
            paragraphs.joined(separator: "\n1. mục\n\n   tiếp\n\n"),
            "Ngắn gọn.",
            // Colons everywhere, a reference's definition only at the end.
            "Giờ họp: 14:00. Xem [nghị quyết][nq] (mục: 2).\n\n" + paragraphs.joined(separator: "\n\nGhi chú: [a] : b.\n\n")
                + "\n\n[nq]: https://example.org/nq",
        ]
    }

    func testTheFirstBlocksGiveWhatTheWholeBodyGives() {
        for body in Self.bodies {
            for limit in [10, 30, 60, 100, 200, 500, 2_000] {
                let whole = MarkdownRenderer.cut(MarkdownRenderer.words(of: body, limit: limit) ?? "", limit: limit)
                XCTAssertEqual(MarkdownRenderer.plainText(body, limit: limit), whole, "limit \(limit), body starting \(body.prefix(40))")
            }
        }
    }

    func testAReferenceLinkDefinedBelowTheCutStillReadsAsItsText() {
        let body = "Xem [nghị quyết][nq].\n\n" + String(repeating: Self.paragraph + "\n\n", count: 20) + "[nq]: https://example.org/nq"
        XCTAssertTrue(MarkdownRenderer.plainText(body, limit: 30).hasPrefix("Xem nghị quyết."))
        let colons = "Giờ họp: 14:00, [mục]: 2. Xem [nghị quyết][nq].\n\n" + String(repeating: Self.paragraph + "\n\n", count: 20)
            + "[nq]: https://example.org/nq"
        XCTAssertTrue(MarkdownRenderer.plainText(colons, limit: 60).hasPrefix("Giờ họp: 14:00, [mục]: 2. Xem nghị quyết."))
    }

    /// A text longer than the limit is cut at the last space within its first `limit`
    /// characters, counted as a reader sees them: a letter with its mark typed apart (`o` and
    /// U+0323) or an emoji is one character.
    func testACutEndsAtTheLastSpaceBeforeTheLimit() {
        XCTAssertEqual(MarkdownRenderer.cut("Chi bộ họp bàn việc", limit: 9), "Chi bộ…")
        XCTAssertEqual(MarkdownRenderer.cut("Chi bộ họp bàn việc", limit: 10), "Chi bộ…")
        XCTAssertEqual(MarkdownRenderer.cut("Chi bộ họp bàn việc", limit: 11), "Chi bộ họp…")
        XCTAssertEqual(MarkdownRenderer.cut("Chi bo\u{323} ho\u{323}p bàn", limit: 9), "Chi bo\u{323}…")
        XCTAssertEqual(MarkdownRenderer.cut("Họp 🎉 vui vẻ lắm", limit: 6), "Họp 🎉…")
        XCTAssertEqual(MarkdownRenderer.cut("Nghị quyết", limit: 10), "Nghị quyết")
        XCTAssertEqual(MarkdownRenderer.cut("Nghị quyết số 5", limit: 10), "Nghị…")
    }

    /// Blocks end in a space while the text is gathered: none is left at either end.
    func testTheTextNeitherStartsNorEndsWithASpace() {
        XCTAssertEqual(MarkdownRenderer.plainText("# Tiêu đề\n\nNội dung.\n\n- mục một\n- mục hai\n"),
                       "Tiêu đề. Nội dung. mục một mục hai")
        XCTAssertEqual(MarkdownRenderer.plainText("  \n\n```\nmã\n```\n"), "mã")
    }
}
