import Foundation
import XCTest

/// A command line bontot cannot read is answered in Vietnamese, as bontot's other errors are
/// ("lỗi: …"), with the command's own usage and argument-parser's usage status, 64.
final class CommandLineErrorTests: XCTestCase {
    /// What argument-parser prints in English when its text is not replaced.
    private static let english = ["Error:", "Usage:", "Help:", "See '", "Unexpected argument", "Unknown option",
                                  "Missing", "is invalid"]

    /// Runs `arguments`, which must fail as a usage error; what it printed on standard error.
    private func usageError(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try BontotProcess.run(arguments)
        XCTAssertEqual(result.status, 64, "\(arguments): \(result.output)\(result.errors)", file: file, line: line)
        XCTAssertEqual(result.output, "", "\(arguments): errors go to standard error", file: file, line: line)
        XCTAssertTrue(result.errors.hasPrefix("lỗi: "), "\(arguments): \(result.errors)", file: file, line: line)
        for phrase in Self.english {
            XCTAssertFalse(result.errors.contains(phrase), "\(arguments): '\(phrase)' in\n\(result.errors)", file: file, line: line)
        }
        return result.errors
    }

    func testAMistypedCommandIsNamedAndTheNearestOneSuggested() throws {
        let typo = try usageError(["biuld"])
        XCTAssertTrue(typo.hasPrefix("lỗi: không có lệnh 'biuld' (có phải 'build'?"), typo)
        for command in ["build", "check", "serve", "new", "init", "import", "convert"] {
            XCTAssertTrue(typo.contains("\n  \(command) "), "the commands are listed: \(command) in\n\(typo)")
        }
        XCTAssertTrue(typo.contains("Xem thêm: bontot --help"), typo)
        XCTAssertFalse(typo.contains("Cách dùng: bontot build"), "not the usage of the default command: \(typo)")

        let unknown = try usageError(["bogus"])
        XCTAssertTrue(unknown.hasPrefix("lỗi: không có lệnh 'bogus' / unknown command\nCác lệnh:\n  build"), unknown)
        XCTAssertFalse(unknown.contains("có phải"), "nothing is close to 'bogus': \(unknown)")

        let sub = try usageError(["new", "minuets", "--branch", "kdc-so-1"])
        XCTAssertTrue(sub.hasPrefix("lỗi: 'bontot new' không có lệnh con 'minuets' (có phải 'minutes'?"), sub)
        XCTAssertTrue(sub.contains("\n  story ") && sub.contains("\n  branch "), sub)

        let help = try usageError(["help", "biuld"])
        XCTAssertTrue(help.hasPrefix("lỗi: không có lệnh 'biuld' (có phải 'build'?"), help)
    }

    func testCommonUsageErrorsAreInVietnamese() throws {
        let cases: [([String], [String])] = [
            (["build", "--sit", "."], ["lỗi: không có tuỳ chọn '--sit' (có phải '--site'?", "Cách dùng: bontot build [--site <thư-mục>]",
                                       "  Xem thêm: bontot build --help"]),
            (["build", "--site"], ["lỗi: thiếu giá trị sau '--site <thư-mục>'", "Ý nghĩa:  --site <thư-mục>  Thư mục của trang"]),
            (["new", "minutes"], ["lỗi: thiếu tham số bắt buộc '--branch <chi-bộ>'", "Cách dùng: bontot new minutes "]),
            (["import", "minutes", "--branch", "ap-1"], ["lỗi: thiếu tham số bắt buộc '<tệp-hoặc-thư-mục>'"]),
            (["serve", "--port", "tám"], ["lỗi: giá trị 'tám' không hợp lệ cho '--port <cổng>'"]),
            (["build", "--strict=có"], ["lỗi: tuỳ chọn '--strict' không nhận giá trị"]),
            (["check", "thua"], ["lỗi: thừa 'thua'"]),
            // bontot's own checks of a value show the usage of their command, not of `bontot`.
            (["new", "minutes", "--branch", "kdc-so-1", "--kind", "thuong-ki"],
             ["lỗi: --kind không nhận 'thuong-ki'; dùng một trong: thuong-ky, chuyen-de, cap-uy, bat-thuong",
              "Cách dùng: bontot new minutes ", "Xem thêm: bontot new minutes --help"]),
            // A date written as a clerk writes it, day first: the date to write, as a file's `date:` is told.
            (["new", "story", "--title", "T", "--date", "1/9/2024"],
             ["lỗi: ngày '--date' phải viết dạng YYYY-MM-DD, ví dụ 2024-09-01 / write the date as 2024-09-01", "Cách dùng: bontot new story "]),
            (["new", "minutes", "--branch", "kdc-so-1", "--date", "5/3/2025"],
             ["lỗi: ngày '--date' phải viết dạng YYYY-MM-DD, ví dụ 2025-03-05", "Cách dùng: bontot new minutes "]),
            (["new", "minutes", "--branch", "kdc-so-1", "--date", "tháng 3"],
             ["lỗi: ngày '--date' phải viết dạng YYYY-MM-DD / a date must be written YYYY-MM-DD, got 'tháng 3'"]),
            // The right shape, a day the calendar lacks: not "write it as YYYY-MM-DD", as it is.
            (["new", "minutes", "--branch", "kdc-so-1", "--date", "2024-02-30"],
             ["lỗi: --date '2024-02-30': không có ngày này trong lịch / no such day", "Cách dùng: bontot new minutes "]),
        ]
        for (arguments, phrases) in cases {
            let errors = try usageError(arguments)
            for phrase in phrases {
                XCTAssertTrue(errors.contains(phrase), "\(arguments): '\(phrase)' missing from\n\(errors)")
            }
        }
    }
}
