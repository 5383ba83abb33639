@testable import BonTotKit
import XCTest

/// The checks of a body's text as typed (tabbed columns, unmarked tables) read one parse of the
/// body, made only when it holds a tab, a pipe or a line starting with a bullet's first byte; a
/// body holding both a tab and a pipe is told of each, tabs first.
final class TypedTextSharedParseTests: XCTestCase {
    func testABodyIsParsedOnlyWhenItHoldsATabOrAPipe() {
        XCTAssertTrue(TypedTextChecks.marks(of: "Chi bộ họp ngày 5.\n\nĐủ 12 đảng viên – ổn định.\n") == (false, false, false))
        XCTAssertTrue(TypedTextChecks.marks(of: "a\tb\n") == (true, false, false))
        XCTAssertTrue(TypedTextChecks.marks(of: "Hết | hai\tba\n") == (true, true, false))
        XCTAssertTrue(TypedTextChecks.marks(of: "Nội dung:\n  • Một\n") == (false, false, true))
        XCTAssertTrue(TypedTextChecks.marks(of: "Nội dung:\r\t • Một") == (true, false, true), "after a '\\r', a tab and a space")
        XCTAssertTrue(TypedTextChecks.marks(of: "• Một") == (false, false, true), "the first line")
        XCTAssertTrue(TypedTextChecks.marks(of: "Số 5\u{00A0}000 – “đủ” • hết\n") == (false, false, false), "among words")
        XCTAssertTrue(TypedTextChecks.marks(of: "Một\n\u{00A0}Hai\n") == (false, false, true), "a no-break space first")
    }

    func testBothChecksReadOneParseAndTellTabsFirst() throws {
        let body = "| STT | Tên |\n| 1 | An |\n\nSTT\tTên\n1\tAn\n"
        let paragraphs = try XCTUnwrap(CmarkDocument.Paragraphs(body))
        let sink = DiagnosticSink()
        TabbedColumnsCheck.check(paragraphs, firstLine: 3, path: "a.md", sink: sink)
        UnmarkedTableCheck.check(paragraphs, firstLine: 3, path: "a.md", sink: sink)
        XCTAssertEqual(sink.log.entries.map(\.location.line), [6, 3])

        let direct = DiagnosticSink()
        TypedTextChecks.check(body, firstLine: 3, path: "a.md", sink: direct)
        XCTAssertEqual(direct.log.entries, sink.log.entries)
    }
}
