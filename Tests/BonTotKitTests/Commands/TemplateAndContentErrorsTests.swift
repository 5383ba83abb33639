import Foundation
import XCTest

/// A site with a content error and a template that does not parse (a section never closed):
/// `bontot build` and `bontot check` report both in one run, sorted as every problem is, so the
/// office does not fix the content only to learn of the template next. In a district, a unit's
/// template is named from the district's folder.
final class TemplateAndContentErrorsTests: XCTestCase {
    static let minutes = "content/minutes/2024/ap-bac-2024-08.md"
    static let unclosed = "{{<layout}}{{$main}}{{#title}}<h1>{{title}}</h1>{{/main}}{{/layout}}"

    private func brokenPortal() throws -> IncrementalSite {
        let site = try IncrementalSite.make(for: self)
        try site.replace("branch: ap-bac\n", with: "branch: ap-bacc\n", in: Self.minutes)
        try site.write("templates/story.mustache", Self.unclosed)
        return site
    }

    /// The error lines the command printed (on standard error), in order.
    private func errorLines(_ printed: String) -> [String] {
        printed.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
    }

    private func assertBothReported(_ command: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let site = try brokenPortal()
        let run = try BontotProcess.run([command, "--site", site.root.path])
        XCTAssertEqual(run.status, 1, run.output + run.errors, file: file, line: line)
        let errors = errorLines(run.errors)
        XCTAssertEqual(errors.count, 2, run.output + run.errors, file: file, line: line)
        XCTAssertTrue(errors.first?.hasPrefix(Self.minutes + ":") == true && errors.first?.contains("ap-bacc") == true,
                      run.output, file: file, line: line)
        XCTAssertTrue(errors.last?.hasPrefix("templates/story.mustache:") == true && errors.last?.contains("Mustache") == true,
                      run.output, file: file, line: line)
        XCTAssertTrue(run.output.contains("; 2 lỗi,"), run.output + run.errors, file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing built", file: file, line: line)
    }

    func testBuildReportsTheTemplateErrorWithTheContentError() throws {
        try assertBothReported("build")
    }

    func testCheckReportsTheTemplateErrorWithTheContentError() throws {
        try assertBothReported("check")
    }

    func testCheckOfASiteWhoseOnlyErrorIsATemplateFails() throws {
        let site = try IncrementalSite.make(for: self)
        try site.write("templates/story.mustache", Self.unclosed)
        let run = try BontotProcess.run(["check", "--site", site.root.path])
        XCTAssertEqual(run.status, 1, run.output + run.errors)
        XCTAssertEqual(errorLines(run.errors).map { $0.hasPrefix("templates/story.mustache:") }, [true], run.output + run.errors)
    }

    func testBuildNamesTheSectionLeftOpenAtTheLineOfTheTemplate() throws {
        let site = try IncrementalSite.make(for: self)
        try site.write("templates/story.mustache", "<main>\n  <h1>{{title}}</h1>\n  {{#x}}\n  <p>{{title}}</p>\n")
        let run = try BontotProcess.run(["build", "--site", site.root.path])
        XCTAssertEqual(run.status, 1, run.output + run.errors)
        XCTAssertEqual(errorLines(run.errors),
                       ["templates/story.mustache:3: error: mẫu Mustache không hợp lệ: mục '{{#x}}' mở ở dòng 3 chưa được đóng "
                           + "bằng '{{/x}}' / invalid Mustache template: section 'x' is never closed"], run.output + run.errors)
    }

    func testBuildNamesAPartialThatDoesNotExistAtItsLine() throws {
        let site = try IncrementalSite.make(for: self)
        try site.write("templates/story.mustache", "<main>\n  <h1>{{title}}</h1>\n  {{> partials/nope}}\n</main>\n")
        let run = try BontotProcess.run(["build", "--site", site.root.path])
        XCTAssertEqual(run.status, 1, run.output + run.errors)
        XCTAssertTrue(errorLines(run.errors).contains {
            $0.hasPrefix("templates/story.mustache:3: error: ") && $0.contains("templates/partials/nope.mustache")
        }, run.output + run.errors)
    }

    func testADistrictReportsAUnitsTemplateWithTheContentErrors() throws {
        let site = try IncrementalSite.make("district", for: self)
        try site.replace("branch: ap-1\n", with: "branch: ap-11\n", in: "xa-a/content/minutes/2024/ap-1-2024-09.md")
        try site.write("xa-b/templates/story.mustache", Self.unclosed)
        for command in ["build", "check"] {
            let run = try BontotProcess.run([command, "--site", site.root.path])
            XCTAssertEqual(run.status, 1, run.output + run.errors)
            let errors = errorLines(run.errors)
            XCTAssertTrue(errors.contains { $0.contains("xa-a/content/minutes/2024/ap-1-2024-09.md:") && $0.contains("ap-11") }, run.output + run.errors)
            XCTAssertTrue(errors.contains { $0.contains("xa-b/templates/story.mustache:") }, run.output + run.errors)
        }
    }
}
