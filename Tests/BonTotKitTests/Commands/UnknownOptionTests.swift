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
        let errors = try usageError(["build", "-o", "web"])
        XCTAssertTrue(errors.hasPrefix("lỗi: không có tuỳ chọn '-o' (có phải '--output'?"), errors)
        XCTAssertTrue(errors.contains("\nCách dùng: bontot build "), "the usage of the command named follows: \(errors)")
        let required = try usageError(["new", "story", "--titel", "Gương sáng"])
        XCTAssertTrue(required.hasPrefix("lỗi: không có tuỳ chọn '--titel' (có phải '--title'? / did you mean '--title'?) / unknown option\n"),
                      "not '--title' missing: \(required)")
        XCTAssertTrue(required.contains("Cách dùng: bontot new story "), required)
        let nothingNear = try usageError(["build", "--gibberish"])
        XCTAssertTrue(nothingNear.hasPrefix("lỗi: không có tuỳ chọn '--gibberish' / unknown option"), nothingNear)
    }

    /// A mistyped option where no command is named is not read as `build`'s: no `build` usage,
    /// the option meant (`--help`, which argument-parser leaves out of its suggestions, not
    /// `--clean`), the line to type, and the help to see.
    func testAMistypedOptionWithNoCommandIsAnsweredWithTheLineToType() throws {
        XCTAssertEqual(try usageError(["--hlep"]), """
            lỗi: không có tuỳ chọn '--hlep' (có phải '--help'? / did you mean '--help'?) / unknown option
              Hãy gõ: bontot --help

            """)
        for arguments in [["--verison"], ["-v"]] {
            XCTAssertEqual(try usageError(arguments), """
                lỗi: không có tuỳ chọn '\(arguments[0])' (có phải '--version'? / did you mean '--version'?) / unknown option
                  Hãy gõ: bontot --version
                  Xem thêm: bontot --help

                """)
        }
        XCTAssertEqual(try usageError(["--sitee", "/tmp/trang"]), """
            lỗi: không có tuỳ chọn '--sitee' (có phải '--site'? / did you mean '--site'?) / unknown option
              Hãy gõ: bontot --site /tmp/trang
              Xem thêm: bontot build --help

            """)
    }
}
