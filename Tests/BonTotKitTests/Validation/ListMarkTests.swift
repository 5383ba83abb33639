@testable import BonTotKit
import XCTest

/// List items marked otherwise than with "- " (SPEC §6: the message names the fault): which marks
/// are told, and which texts are left alone.
final class ListMarkTests: XCTestCase {
    private func found(_ text: String) -> String? {
        YAMLListMark.misplaced(in: Substring(text)).map { "\($0.mark)|\($0.item)" }
    }

    func testTheMarksTakenForADash() {
        XCTAssertEqual(found("  -Lê Văn Tám"), "-|Lê Văn Tám")
        XCTAssertEqual(found("  -{ name: Lê Văn Tám }"), "-|{ name: Lê Văn Tám }")
        XCTAssertEqual(found("  – Rà soát hộ cận nghèo"), "–|Rà soát hộ cận nghèo")
        XCTAssertEqual(found("• Trần Văn Hai"), "•|Trần Văn Hai")
        XCTAssertEqual(found("* Trần Văn Hai"), "*|Trần Văn Hai")
    }

    /// YAML's own dash, a document marker, a negative number, an alias and a bare mark are no misplaced mark.
    func testWhatIsLeftAlone() {
        XCTAssertNil(found("  - Lê Văn Tám"))
        XCTAssertNil(found("---"))
        XCTAssertNil(found("-5"))
        XCTAssertNil(found("*anchor"))
        XCTAssertNil(found("–"))
        XCTAssertNil(found("Nguyễn Văn A-B"))
    }

    /// The items of a list YAML folded into one text are parted at the marks after a space only.
    func testItemsArePartedAtTheMarks() {
        XCTAssertEqual(YAMLListMark.items(of: "-Lê Văn Tám -Hoàng Văn Nam", markedWith: "-"), ["Lê Văn Tám", "Hoàng Văn Nam"])
        XCTAssertEqual(YAMLListMark.items(of: "-Lê Thị Thu-Hà -Hoàng Văn Nam", markedWith: "-"), ["Lê Thị Thu-Hà", "Hoàng Văn Nam"])
        XCTAssertEqual(YAMLListMark.items(of: "• A — Bí thư • B", markedWith: "•"), ["A — Bí thư", "B"])
    }
}
