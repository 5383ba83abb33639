@testable import BonTotKit
import XCTest

/// Control characters a file's value carries into a message (YAML's `"\e"`, `"\r"`, `"\n"`,
/// `"\0"`; a right-to-left override pasted with an id) are printed visible: raw, an escape
/// sequence recoloured or cleared the clerk's terminal, a line feed broke one diagnostic into two
/// lines (the second naming no file), and U+202E turned the rest of the line around.
final class ControlCharacterMessageTests: XCTestCase {
    func testControlCharactersOfAValueArePrintedVisible() {
        let location = SourceLocation(file: "content/minutes/2024/ap-2-2024-09.md", line: 2)
        let diagnostic = Diagnostic.error(at: location, field: "branch",
                                          "unknown branch 'ap-2\u{1B}[2J\r\nYY\u{0}\u{202E}ab\tc\u{85}'")
        XCTAssertEqual(diagnostic.description,
                       #"content/minutes/2024/ap-2-2024-09.md:2: error: unknown branch 'ap-2\u{1B}[2J\u{D}\u{A}YY\u{0}\u{202E}ab"#
                           + "\tc" + #"\u{85}'"#)
        XCTAssertEqual(Diagnostic.error(at: location, "chi bộ 'ấp 2' — “đúng”").description,
                       "content/minutes/2024/ap-2-2024-09.md:2: error: chi bộ 'ấp 2' — “đúng”", "Vietnamese and typography stay")
    }

    /// As a clerk runs it: one line for the one problem, no escape reaching the terminal.
    func testCheckPrintsAValueWithAnEscapeAndALineFeedOnOneLine() throws {
        let folder = try TemporaryFolder.make("bontot-control")
        let root = folder.appending(path: "site")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "minimal"), to: root)
        try "---\nbranch: \"ap-2\\e[2J\\nYY\"\ndate: 2024-10-05\nkind: thuong-ky\n---\nNội dung.\n"
            .write(to: root.appending(path: "content/minutes/2024/ap-2-2024-10.md"), atomically: true, encoding: .utf8)
        let check = try BontotProcess.run(["check", "--site", root.path])
        XCTAssertEqual(check.status, 1)
        XCTAssertFalse(check.errors.contains("\u{1B}"), check.errors)
        let lines = check.errors.split(separator: "\n").filter { $0.contains("ap-2-2024-10.md") }
        XCTAssertEqual(lines.count, 1, check.errors)
        XCTAssertTrue(lines.first?.contains(#"'ap-2\u{1B}[2J\u{A}YY' / unknown branch"#) == true, check.errors)
    }
}
