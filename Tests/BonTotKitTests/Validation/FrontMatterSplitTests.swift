@testable import BonTotKit
import XCTest

/// A Markdown file splits into the YAML between its `---` lines and the body after them, the
/// same whether its lines end in `\n` (split on bytes) or in `\r\n` (split line by line).
final class FrontMatterSplitTests: XCTestCase {
    /// Texts with `\n` line ends, and the YAML and body they split into (nil: no front matter).
    private static let cases: [(text: String, yaml: String, body: String)?] = [
        ("---\ntitle: Họp chi bộ\n---\nNội dung.\n", "title: Họp chi bộ", "Nội dung.\n"),
        ("---\na: 1\nb: 2\n---\n", "a: 1\nb: 2", ""),
        ("---\na: 1\n---", "a: 1", ""),
        ("---\n---\nThân bài", "", "Thân bài"),
        ("  --- \t\nx: y\n\t---  \n\n# Tiêu đề\n", "x: y", "\n# Tiêu đề\n"),
        ("---\nx: '---'\n----\n---\nthân\n---\nnữa", "x: '---'\n----", "thân\n---\nnữa"),
        // A no-break space left by Word beside a fence, the opening one or the closing one.
        ("---\u{00A0}\nx: y\n---\nthân\n", "x: y", "thân\n"),
        ("---\nx: y\n\u{00A0}---\u{3000}\nthân\n---\nnữa\n", "x: y", "thân\n---\nnữa\n"),
        ("---\nx: – y\n- Đồng chí A\n---\nthân\n", "x: – y\n- Đồng chí A", "thân\n"),
    ]

    private static let invalid = ["", "---", "---\nx: 1\n", "title: x\n---\n", "--\nx: 1\n--\n", "-- -\nx\n---\n", "Đề\n---\nx\n---\n"]

    func testFilesSplitIntoTheirYAMLAndBody() throws {
        for case let (text, yaml, body)? in Self.cases {
            let split = try XCTUnwrap(FrontMatter(splitting: text), text)
            XCTAssertEqual(split.yaml, yaml, text)
            XCTAssertEqual(split.body, body, text)
            XCTAssertEqual(split.firstLine, 2)
        }
        for text in Self.invalid {
            XCTAssertNil(FrontMatter(splitting: text), text)
        }
    }

    func testCarriageReturnsSplitAsNewlinesDo() throws {
        for case let (text, yaml, body)? in Self.cases {
            let windows = text.replacingOccurrences(of: "\n", with: "\r\n")
            let split = try XCTUnwrap(FrontMatter(splitting: windows), windows)
            XCTAssertEqual(split.yaml, yaml, windows.debugDescription)
            XCTAssertEqual(split.body.replacingOccurrences(of: "\r\n", with: "\n"), body, windows.debugDescription)
        }
        for text in Self.invalid {
            XCTAssertNil(FrontMatter(splitting: text.replacingOccurrences(of: "\n", with: "\r\n")), text)
        }
    }
}
