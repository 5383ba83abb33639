import Foundation
import XCTest

/// Words a command has no place for, as a clerk types them: a command's name after the options
/// (`bontot --site . check`), a misspelt one there (`chek`), a folder name with spaces left
/// without quotes. Each is answered with what was meant and the line to type, status 64.
final class UnexpectedWordsTests: FolderTestCase {
    /// Runs `arguments` in the test's folder; it must fail as a usage error. What it printed.
    private func usageError(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try BontotProcess.run(arguments, in: folder)
        XCTAssertEqual(result.status, 64, "\(arguments): \(result.output)\(result.errors)", file: file, line: line)
        XCTAssertEqual(result.output, "", file: file, line: line)
        XCTAssertFalse(result.errors.contains("Error"), result.errors, file: file, line: line)
        return result.errors
    }

    func testACommandAfterTheOptionsIsShownInItsPlace() throws {
        XCTAssertEqual(try usageError(["--site", ".", "check"]), """
            lỗi: tên lệnh 'check' phải viết ngay sau 'bontot', trước các tuỳ chọn / the command's name comes first
              Hãy gõ: bontot check --site .
              Xem thêm: bontot check --help

            """)
        let sub = try usageError(["--site", ".", "new", "minutes", "--branch", "kdc-1"])
        XCTAssertTrue(sub.hasPrefix("lỗi: tên lệnh 'new' phải viết ngay sau 'bontot'"), sub)
        XCTAssertTrue(sub.contains("\n  Hãy gõ: bontot new minutes --site . --branch kdc-1\n  Xem thêm: bontot new minutes --help"), sub)
        let strict = try usageError(["--site", ".", "build", "--strict"])
        XCTAssertTrue(strict.contains("\n  Hãy gõ: bontot build --site . --strict\n"), strict)
    }

    func testAMisspeltCommandAfterTheOptionsIsNamedWithTheNearestOne() throws {
        for arguments in [["--site", ".", "chek"], ["build", "--site", ".", "chek"]] {
            let errors = try usageError(arguments)
            XCTAssertTrue(errors.hasPrefix("lỗi: không có lệnh 'chek' (có phải 'check'? / did you mean 'check'?); "
                                           + "tên lệnh viết ngay sau 'bontot'"), errors)
            XCTAssertTrue(errors.contains("\n  Hãy gõ: bontot check --site .\n"), errors)
        }
    }

    func testAWordNamingNoCommandAfterTheOptionsListsTheCommands() throws {
        let errors = try usageError(["--site", ".", "bogus"])
        XCTAssertTrue(errors.hasPrefix("lỗi: không có lệnh 'bogus' / unknown command\nCác lệnh:\n  build"), errors)
        XCTAssertFalse(errors.contains("thừa"), errors)
    }

    func testAFolderNameWithSpacesWithoutQuotesIsShownInQuotes() throws {
        XCTAssertEqual(try usageError(["build", "--site", "Trang", "xã", "mới"]), """
            lỗi: thừa 'xã', 'mới': giá trị có dấu cách (tên thư mục, tệp, tiêu đề…) phải đặt trong ngoặc kép / a value with spaces needs quotes
              Hãy gõ: bontot build --site "Trang xã mới"
              Xem thêm: bontot build --help

            """)
        let title = try usageError(["new", "story", "--title", "Bí", "thư", "8X"])
        XCTAssertTrue(title.contains("\n  Hãy gõ: bontot new story --title \"Bí thư 8X\"\n  Xem thêm: bontot new story --help"), title)
        let output = try usageError(["--output", #"D:\Chia"#, #"se\web"#])
        XCTAssertTrue(output.contains(#"  Hãy gõ: bontot --output "D:\Chia se\web""#), output)
    }

    /// Several unexpected words after a command the user named keep argument-parser's message,
    /// in Vietnamese: its "Error:" label was once left inside the line.
    func testSeveralUnexpectedWordsAfterACommandAreCountedInVietnamese() throws {
        let errors = try usageError(["check", "mot", "hai"])
        XCTAssertTrue(errors.hasPrefix("lỗi: thừa 2 tham số: 'mot', 'hai' / unexpected arguments\n"), errors)
    }
}
