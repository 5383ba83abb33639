import BonTotKit
import Foundation
import XCTest

/// The summary's "N lỗi" is the number of error lines printed above it, for `bontot check` and
/// `bontot build`: an image of a Markdown body is one problem, not one each time the Markdown
/// walk meets it.
final class PrintedCountTests: XCTestCase {
    private let story = "content/stories/hien-dat.md"

    /// The minimal site with `images` appended to a story, one per paragraph.
    private func site(withImages images: [String]) throws -> URL {
        let text = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/\(story)"), encoding: .utf8)
        return try ValidationSite.make("minimal", [story: .text(text + images.map { "\n\($0)\n" }.joined())])
    }

    /// The error lines `bontot <command>` printed and the errors its summary counts.
    private func run(_ arguments: [String]) throws -> (printed: [String], counted: Int?) {
        let result = try BontotProcess.run(arguments)
        XCTAssertEqual(result.status, 1, result.output + result.errors)
        let printed = result.errors.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
        let counted = result.output.firstMatch(of: /; (\d+) lỗi, \d+ cảnh báo/).flatMap { Int($0.1) }
        return (printed, counted)
    }

    func testTheCountOfErrorsIsTheNumberOfErrorLinesPrinted() throws {
        let two = ["![ảnh 2](media/khong-co.png)", "![x](../media/hoi-nghi-thieu.jpg)"]
        let four = two + ["![y](/etc/hostname)", "[z](../../../ra-ngoai.md)"]
        for images in [two, four] {
            let root = try site(withImages: images)
            for command in ["check", "build"] {
                let (printed, counted) = try run([command, "--site", root.path])
                XCTAssertEqual(printed.count, images.count, "\(command): \(printed.joined(separator: "\n"))")
                XCTAssertEqual(counted, printed.count, "\(command): the summary counts the lines printed")
            }
        }
    }

    func testAProblemReportedTwiceIsCountedOnce() {
        var log = DiagnosticLog()
        let missing = Diagnostic.error(at: SourceLocation(file: story, line: 10), field: "body", "không tìm thấy tệp")
        log.append(missing)
        log.append(contentsOf: [missing, .warning(at: SourceLocation(file: story, line: 10), "khác")])
        XCTAssertEqual(log.errorCount, 1)
        XCTAssertEqual(log.warningCount, 1)
        XCTAssertEqual(log.sorted.count, log.errorCount + log.warningCount)
    }
}
