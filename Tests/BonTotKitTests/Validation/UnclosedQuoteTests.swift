@testable import BonTotKit
import XCTest

/// A quote left open on a value's line (SPEC §6: an error on the faulty line): told on that line,
/// not on the later line where YAML took the value to close; a value that YAML allows to span
/// lines is not blamed for a fault of another line.
final class UnclosedQuoteTests: XCTestCase {
    private func errors(_ text: String) -> [String] {
        switch YAMLDocument.parse(text, path: "x.yaml") {
        case .success: return []
        case .failure(let errors): return errors.diagnostics.map { "\($0.location.line): \($0.message)" }
        }
    }

    func testAQuoteLeftOpenIsToldOnItsLine() {
        let found = errors("topic: \"Giám sát an sinh\nformat: ket-hop\nstart: \"14:00\"\nend: \"15:30\"\n")
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found.first?.hasPrefix("1: lỗi cú pháp YAML: giá trị mở bằng dấu ngoặc \" nhưng không đóng trên dòng này, nên YAML "
                                             + "đọc tiếp các dòng dưới đến dấu \" ở dòng 3: thêm dấu \" ở cuối giá trị, topic: 'Giám sát an sinh'") == true,
                      "\(found)")
        XCTAssertTrue(found.first?.contains("(while parsing a block mapping did not find expected key, noticed at line 3)") == true, "\(found)")
    }

    /// The value the office meant holds a single quote: the line to write has it in double quotes.
    func testTheLineToWriteKeepsASingleQuoteInside() {
        let found = errors("topic: \"Bàn về 'rác thải'\nstart: \"14:00\"\n")
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found.first?.hasPrefix("1: ") == true && found.first?.contains("topic: \"Bàn về 'rác thải'\" / ") == true, "\(found)")
    }

    /// A quoted value over two lines is YAML; a fault below it is told on its own line.
    func testAQuotedValueOverTwoLinesIsNotBlamed() {
        let found = errors("topic: \"dòng một\n  dòng hai\"\nchair: : Nguyễn Văn An\n")
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertEqual(found.first?.hasPrefix("3: lỗi cú pháp YAML: dấu ':' không đúng chỗ"), true, "\(found)")
    }
}
