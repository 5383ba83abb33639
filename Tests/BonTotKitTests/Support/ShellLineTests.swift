import Foundation
import XCTest
@testable import BonTotKit

/// A path in a command bontot suggests runs when the clerk pastes it into a terminal.
final class ShellLineTests: XCTestCase {
    func testAPathTheShellReadsAsOneWordIsLeftAsItIs() {
        for path in ["content/minutes/2024/bien-ban.docx", "../district/xa-a", "content/minutes/2024/biên-bản_10.docx"] {
            XCTAssertEqual(ShellLine.word(path), path)
        }
    }

    func testAPathWithSpacesOrWhatTheShellReadsIsQuotedWithWhatTheShellStillReadsEscaped() {
        XCTAssertEqual(ShellLine.word("content/minutes/2024/Biên bản tháng 12 (bản cuối).docx"),
                       "\"content/minutes/2024/Biên bản tháng 12 (bản cuối).docx\"")
        XCTAssertEqual(ShellLine.word("../Đảng bộ xã/xa-a"), "\"../Đảng bộ xã/xa-a\"")
        XCTAssertEqual(ShellLine.word("a$b\"c`d&f"), "\"a\\$b\\\"c\\`d&f\"")
        XCTAssertEqual(ShellLine.word("C:\\Trang thu"), "\"C:\\Trang thu\"", "a Windows path keeps its backslash")
        XCTAssertEqual(ShellLine.word(""), "\"\"")
    }

    /// What the shell makes of the quoted word is the path itself.
    func testTheShellReadsTheQuotedWordBackAsThePath() throws {
        for path in ["content/minutes/2024/Biên bản tháng 12 (bản cuối).docx", "a$b\"c`d\\e&f; rm -rf x", "it's *.docx"] {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", "printf %s " + ShellLine.word(path)]
            let output = Pipe()
            shell.standardOutput = output
            try shell.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            shell.waitUntilExit()
            XCTAssertEqual(String(decoding: data, as: UTF8.self), path)
        }
    }
}
