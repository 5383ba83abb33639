import Foundation
import XCTest

/// The help screens of `bontot`, read as an office clerk reads them.
final class CommandLineHelpTests: XCTestCase {
    /// The help screen of `command`, which must end well.
    private func help(_ command: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try BontotProcess.run(command + ["--help"])
        XCTAssertEqual(result.status, 0, "\(command) --help: \(result.errors)", file: file, line: line)
        return result.output
    }

    /// Every command, as the user names it after `bontot`.
    static let commands: [[String]] = [
        [], ["build"], ["check"], ["serve"], ["new"], ["new", "minutes"], ["new", "story"], ["new", "branch"],
        ["init"], ["import"], ["import", "minutes"], ["convert"],
    ]

    /// What argument-parser prints in English when its text is not replaced.
    static let english = ["OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show help information",
                          "Show the version", "See '", "for detailed help", "(default", "<subcommand>"]

    func testEveryHelpScreenIsInVietnamese() throws {
        var screens = try Self.commands.map { ($0, try help($0)) }
        for command in [["help"], ["help", "new"], ["help", "import", "minutes"]] {
            let result = try BontotProcess.run(command)
            XCTAssertEqual(result.status, 0, "\(command): \(result.errors)")
            screens.append((command, result.output))
        }
        let englishPlaceholder = try Regex("<[a-z]+>")
        for (command, text) in screens {
            for phrase in Self.english {
                XCTAssertFalse(text.contains(phrase), "\(command): '\(phrase)' in\n\(text)")
            }
            XCTAssertTrue(text.contains("CÁCH DÙNG: bontot") && text.contains("TUỲ CHỌN:")
                          && text.contains("-h, --help              Xem hướng dẫn này."), "\(command):\n\(text)")
            XCTAssertNil(text.firstMatch(of: englishPlaceholder), "\(command): a value named in English in\n\(text)")
            for line in text.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.components(separatedBy: "mặc định").count, 2, "\(command): a default said twice: \(line)")
            }
        }
        let root = try XCTUnwrap(screens.first?.1)
        XCTAssertTrue(root.contains("LỆNH CON:\n  build (mặc định)        Tạo cổng thông tin"), root)
        XCTAssertTrue(root.contains("Xem hướng dẫn của từng lệnh: bontot help <lệnh-con>"), root)
        XCTAssertTrue(try help(["import", "minutes"]).contains("THAM SỐ:\n  <tệp-hoặc-thư-mục>"))
        XCTAssertTrue(try help(["serve"]).contains("--port <cổng>           Cổng (port) của máy chủ xem trước (mặc định: 8080)."))
    }

    /// `new minutes` and `import minutes` write the same file name, so they spell it the same.
    func testBothMinutesCommandsNameTheFileAlike() throws {
        for command in [["new", "minutes"], ["import", "minutes"]] {
            let text = try help(command)
            XCTAssertTrue(text.contains("content/minutes/<năm>/<chi-bộ>-<năm>-<tháng>.md"), "\(command): \(text)")
            XCTAssertFalse(text.contains("<chi-bo>"), "\(command): \(text)")
        }
    }
}
