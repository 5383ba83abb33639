@testable import BonTotKit
import Mustache
import XCTest

/// Each mistake an office's web person can make by hand in a template gets a message in their
/// words, naming the section involved, at the line of the template as they wrote it (the hidden
/// escaping line the theme puts first is not counted).
final class TemplateParseProblemTests: XCTestCase {
    /// What parsing `text` as the theme does finds; fails the test when it parses.
    private func problem(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> TemplateParseProblem? {
        _ = HTMLEscaping.registered
        do {
            _ = try MustacheTemplate(string: HTMLEscaping.pragma + text)
            XCTFail("the template parses", file: file, line: line)
            return nil
        } catch {
            return TemplateParseProblem(error, text: text)
        }
    }

    private func assertProblem(_ text: String, line expectedLine: Int, _ vietnamese: String, _ english: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        let found = problem(text, file: file, line: line)
        XCTAssertEqual(found?.line, expectedLine, file: file, line: line)
        XCTAssertEqual(found?.message, "mẫu Mustache không hợp lệ: \(vietnamese) / invalid Mustache template: \(english)",
                       file: file, line: line)
    }

    func testASectionNeverClosedIsNamedAtTheLineItOpens() {
        assertProblem("<main>\n  <h1>{{title}}</h1>\n  {{#x}}\n  <p>{{body}}</p>\n", line: 3,
                      "mục '{{#x}}' mở ở dòng 3 chưa được đóng bằng '{{/x}}'", "section 'x' is never closed")
    }

    func testTheInnermostOfNestedOpenSectionsIsNamed() {
        assertProblem("{{^empty}}\n<ul>\n{{#items}}\n<li>{{name}}</li>\n</ul>\n", line: 3,
                      "mục '{{#items}}' mở ở dòng 3 chưa được đóng bằng '{{/items}}'", "section 'items' is never closed")
    }

    func testAParentNeverClosedIsNamed() {
        assertProblem("{{<layout}}\n{{$main}}<p>{{title}}</p>{{/main}}\n", line: 1,
                      "mẫu cha '{{<layout}}' mở ở dòng 1 chưa được đóng bằng '{{/layout}}'", "parent 'layout' is never closed")
    }

    func testACloseWithTheWrongNameNamesBoth() {
        assertProblem("{{#a}}\n{{#b}}\n<p>x</p>\n{{/a}}\n", line: 4,
                      "thẻ đóng '{{/a}}' không khớp mục '{{#b}}' mở ở dòng 2 (cần '{{/b}}')",
                      "closing tag '{{/a}}' does not match section 'b' opened at line 2 (expected '{{/b}}')")
    }

    func testACloseWithNothingOpen() {
        assertProblem("<p>x</p>\n{{/a}}\n<p>y</p>\n", line: 2,
                      "thẻ đóng '{{/a}}' không đóng mục nào đang mở", "closing tag '{{/a}}' closes no open section")
    }

    func testANameWithASpace() {
        assertProblem("<p>x</p>\n<h1>{{ti tle}}</h1>\n", line: 2,
                      "thẻ viết sai: tên có ký tự không được phép hoặc thiếu '}}'",
                      "malformed tag: its name has a character not allowed, or '}}' is missing")
    }

    func testATagNeverClosedPointsAtItsLine() {
        assertProblem("<p>x</p>\n{{! ghi chú chưa đóng\n<p>y</p>\n", line: 2,
                      "thẻ mở bằng '{{' không được đóng bằng '}}'", "a tag opened with '{{' is never closed with '}}'")
    }

    func testAMalformedSetDelimiter() {
        assertProblem("<p>x</p>\n{{=<% %> }}\n", line: 2,
                      "thẻ đổi dấu phân cách viết sai (dạng đúng: '{{=<% %>=}}')",
                      "malformed set-delimiter tag (the form is '{{=<% %>=}}')")
    }

    func testATransformOnABlock() {
        assertProblem("{{<layout}}\n{{$upper(main)}}x{{/upper(main)}}\n{{/layout}}\n", line: 2,
                      "không áp được hàm biến đổi cho khối '{{$…}}'", "a transform cannot be applied to a block '{{$…}}'")
    }

    func testATagInsideAParentOutsideItsBlocksIsNamed() {
        assertProblem("{{<layout}}\n{{$main}}x{{/main}}\n<p>{{title}}</p>\n{{/layout}}\n", line: 3,
                      "trong mẫu cha '{{<layout}}' chỉ được đặt các khối '{{$…}}', không được đặt '{{title}}'",
                      "inside parent 'layout' only blocks '{{$…}}' may stand, not '{{title}}'")
    }

    func testAMalformedPragma() {
        assertProblem("<p>x</p>\n{{% CONTENT_TYPE}}\n", line: 2,
                      "thẻ cấu hình '{{%…}}' viết sai (dạng đúng: '{{% TÊN: giá-trị}}')",
                      "malformed pragma '{{%…}}' (the form is '{{% NAME: value}}')")
    }

    func testAnUnsupportedPragma() {
        assertProblem("<p>x</p>\n{{% FOO: bar}}\n", line: 2,
                      "thẻ cấu hình '{{%…}}' không được hỗ trợ", "unsupported pragma '{{%…}}'")
    }

    func testTheLineIsNeverBeforeTheFirstNorPastTheLast() {
        for text in ["{{#x}}", "{{#x}}\n", "a\nb\n{{title", "{{/x}}\n\n", "a\n{{#b\n\n\n"] {
            let found = problem(text)
            XCTAssertTrue((1...TemplateParseProblem.lineCount(text)).contains(found?.line ?? 0), "\(text): \(String(describing: found))")
        }
    }

    func testTheLineCountEndsAtTheLastLineBreak() {
        XCTAssertEqual(["", "a", "a\n", "a\nb", "a\nb\n", "\n\n"].map(TemplateParseProblem.lineCount), [1, 1, 1, 2, 2, 2])
    }
}
