@testable import BonTotKit
import XCTest

/// A scores file with one line indented otherwise, or a branch's key without its ':' (SPEC §6:
/// every error on its line, none invented): the message shows the two lines' indentation, and a
/// key without ':' is one error, not followed by false "given twice" errors of the fields below it.
final class IndentationMessageTests: XCTestCase {
    private func errors(_ text: String, firstLine: Int = 1) -> [String] {
        switch YAMLDocument.parse(text, path: "x.yaml", firstLine: firstLine) {
        case .success: return []
        case .failure(let errors): return errors.diagnostics.map { "\($0.location.line): \($0.message)" }
        }
    }

    private let scores = """
        scores:
          ap-1:
            sinh-hoat: 25
            dang-vien: 15
          ap-2:
            sinh-hoat: 22
            dang-vien: 16

        """

    func testTheTwoLinesIndentedOtherwiseAreShown() {
        let found = errors(scores.replacingOccurrences(of: "    sinh-hoat: 22", with: "     sinh-hoat: 22"))
        XCTAssertEqual(found, ["7: lỗi cú pháp YAML: thụt lề không đều: dòng này thụt 4 dấu cách, dòng 6 ở trên thụt 5; các trường "
                               + "cùng cấp phải thụt lề bằng nhau / YAML syntax error: this line is indented 4 spaces, line 6 above "
                               + "it 5 (while parsing a block mapping did not find expected key)"])
        // In a front matter, the line above is numbered as in the file.
        XCTAssertTrue(errors(scores.replacingOccurrences(of: "    sinh-hoat: 22", with: "     sinh-hoat: 22"), firstLine: 2)
            .first?.hasPrefix("8: lỗi cú pháp YAML: thụt lề không đều: dòng này thụt 4 dấu cách, dòng 7 ở trên thụt 5") == true)
    }

    func testAKeyWithoutItsColonIsOneError() {
        let found = errors(scores.replacingOccurrences(of: "  ap-2:", with: "  ap-2"))
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertEqual(found.first?.hasPrefix("5: lỗi cú pháp YAML: thiếu dấu ':' sau tên trường"), true, "\(found)")
    }

    /// Below a line opening a block, more indentation is what YAML wants: no two lines are blamed.
    func testABlockOpenedAboveIsNotTakenForUnevenIndentation() {
        let found = errors("scores:\n  ap-1:\n    sinh-hoat: 25\n   dang-vien: 15\n")
        XCTAssertFalse(found.isEmpty)
        XCTAssertFalse(found.contains { $0.contains("dòng 2 ở trên") }, "\(found)")
    }
}
