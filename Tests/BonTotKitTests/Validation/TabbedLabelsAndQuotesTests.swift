import BonTotKit
import Foundation
import XCTest

/// Tabs that are no columns: a quote typed with a tab after its `>`, a tab in inline code, and
/// lines lettered or numbered with a tab after their label ("a)⇥Nội dung"), which still print
/// run together and are told so, with advice for lines (not for a table).
final class TabbedLabelsAndQuotesTests: SiteCopyTestCase {
    private func warnings(_ body: String) throws -> [Diagnostic] {
        try storyBodyWarnings(body, containing: "phím Tab")
    }

    func testAQuoteTypedWithATabAfterItsMarkPasses() throws {
        XCTAssertEqual(try warnings(">\tBác Hồ dạy: cán bộ là đầy tớ của nhân dân.\n>\tPhải tận tụy với dân.\n").count, 0)
        XCTAssertEqual(try warnings("> >\tCâu một của lời dẫn.\n> >\tCâu hai của lời dẫn.\n").count, 0, "a quote in a quote")
        let columns = try warnings(">\tSTT\tHọ và tên\n>\t1\tNguyễn Văn An\n")
        assertOneBodyWarning(columns, line: 9, start: "dòng 9–10 có các cột cách nhau bằng phím Tab", advice: "'| STT | Họ và tên |'")
    }

    func testATabInInlineCodeIsNoColumn() throws {
        XCTAssertEqual(try warnings("Gõ `a\tb` để thử.\nRồi gõ `c\td` nữa.\n").count, 0)
        XCTAssertEqual(try warnings("Gõ ``a\t` b`` và\n`c\td` nữa.\n").count, 0, "a span of two backticks")
        let escaped = try warnings("Gõ \\`a\tb\\` và\nc\td.\n")
        XCTAssertEqual(escaped.count, 1, "a backtick escaped with '\\' opens no code: \(escaped)")
    }

    func testLetteredLinesAreToldTheyRunTogetherWithAdviceForLines() throws {
        let found = try warnings("Nội dung họp:\na)\tBáo cáo kết quả quý III.\nb)\tBầu bổ sung chi ủy.\n")
        assertOneBodyWarning(found, line: 10, start: "dòng 10–11 bắt đầu bằng chữ hoặc số thứ tự rồi phím Tab",
                             advice: "'- a) …'")
        XCTAssertFalse(found.first?.message.contains("| STT |") ?? true, "no table advice: \(found)")
        let numbered = try warnings("Nội dung họp:\n2.\tBáo cáo kết quả.\n3.\tBầu bổ sung chi ủy.\n")
        assertOneBodyWarning(numbered, line: 10, start: "dòng 10–11 bắt đầu bằng chữ hoặc số thứ tự rồi phím Tab",
                             advice: "dòng trống")
        XCTAssertFalse(numbered.first?.message.contains("'- ") ?? true, "'- 2.' would make a list in a list: \(numbered)")
        XCTAssertEqual(try warnings("1.\tBáo cáo kết quả.\n2.\tBầu bổ sung chi ủy.\n").count, 0, "a numbered list")
        assertOneBodyWarning(try warnings("I.\tMục tiêu\n1.1.\tNâng cao\n(c)\tKhác\n"), line: 9,
                             start: "dòng 9–11 bắt đầu bằng chữ hoặc số thứ tự", advice: "'- a) …'")
    }
}
