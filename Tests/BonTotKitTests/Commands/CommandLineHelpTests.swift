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

    /// `new minutes` and `import minutes` write the same file name, so they spell it the same.
    func testBothMinutesCommandsNameTheFileAlike() throws {
        for command in [["new", "minutes"], ["import", "minutes"]] {
            let text = try help(command)
            XCTAssertTrue(text.contains("content/minutes/<năm>/<chi-bộ>-<năm>-<tháng>.md"), "\(command): \(text)")
            XCTAssertFalse(text.contains("<chi-bo>"), "\(command): \(text)")
        }
    }
}
