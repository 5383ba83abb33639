import Foundation
import XCTest

/// Options a clerk gets wrong where argument-parser suggests nothing: a subcommand's option
/// before the subcommand's name, `--version` misspelt, a short option standing for a long one.
final class UnknownOptionTests: XCTestCase {
    /// Runs `arguments`; it must fail as a usage error. What it printed on standard error.
    private func usageError(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try BontotProcess.run(arguments)
        XCTAssertEqual(result.status, 64, "\(arguments): \(result.output)\(result.errors)", file: file, line: line)
        XCTAssertEqual(result.output, "", file: file, line: line)
        XCTAssertFalse(result.errors.contains("Error") || result.errors.contains("Unknown"), result.errors, file: file, line: line)
        return result.errors
    }

    func testASubcommandsOptionBeforeItsNameIsShownInItsPlace() throws {
        XCTAssertEqual(try usageError(["new", "--site", "/tmp/trang", "minutes", "--branch", "kdc-1"]), """
            lỗi: tuỳ chọn '--site' thuộc lệnh con 'minutes', phải viết sau tên lệnh con / the option belongs to the subcommand
              Hãy gõ: bontot new minutes --site /tmp/trang --branch kdc-1
              Xem thêm: bontot new minutes --help

            """)
        let noName = try usageError(["import", "--branch", "kdc-1", "bien-ban.docx"])
        XCTAssertTrue(noName.hasPrefix("lỗi: 'bontot import' không có tuỳ chọn '--branch'; tuỳ chọn này thuộc lệnh con 'minutes', "
                                       + "viết sau tên lệnh con, ví dụ: bontot import minutes --branch …"), noName)
    }

    func testAMisspeltVersionAndAShortOptionAreGivenTheirLongName() throws {
        for (arguments, meant) in [(["--verison"], "--version"), (["build", "-o", "web"], "--output"), (["-v"], "--version")] {
            let errors = try usageError(arguments)
            XCTAssertTrue(errors.hasPrefix("lỗi: không có tuỳ chọn '\(arguments.first { $0.hasPrefix("-") }!)' (có phải '\(meant)'?"),
                          "\(arguments): \(errors)")
            XCTAssertTrue(errors.contains("\nCách dùng: bontot build "), "the usage follows: \(errors)")
        }
        let required = try usageError(["new", "story", "--titel", "Gương sáng"])
        XCTAssertTrue(required.hasPrefix("lỗi: không có tuỳ chọn '--titel' (có phải '--title'? / did you mean '--title'?) / unknown option\n"),
                      "not '--title' missing: \(required)")
        XCTAssertTrue(required.contains("Cách dùng: bontot new story "), required)
        let nothingNear = try usageError(["build", "--gibberish"])
        XCTAssertTrue(nothingNear.hasPrefix("lỗi: không có tuỳ chọn '--gibberish' / unknown option"), nothingNear)
    }
}
