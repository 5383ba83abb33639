import BonTotKit
import Foundation
import XCTest

/// A site template that uses a key its page's model lacks fails the build with an error at the
/// template's line naming the key, in an incremental build as in a clean one, and the output
/// stays as it was.
final class IncrementalTemplateKeyTests: XCTestCase {
    /// The built-in minutes template with `line` inserted so that it becomes line 4.
    static func minutesTemplate(withLine4 line: String) throws -> String {
        var lines = try IncrementalSite.builtInTemplate("minutes").components(separatedBy: "\n")
        XCTAssertGreaterThan(lines.count, 4)
        lines.insert(line, at: 3)
        return lines.joined(separator: "\n")
    }

    /// Builds the fixture, adds `template` as `templates/minutes.mustache`, builds again and
    /// checks the error at line 4 naming `key`, and that the output did not change.
    private func assertKeyError(_ template: String, key: String, prepare: (IncrementalSite) throws -> Void = { _ in },
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let site = try IncrementalSite.make(for: self)
        try prepare(site)
        let first = site.build()
        XCTAssertTrue(first.succeeded, first.problems, file: file, line: line)
        let before = OutputTree(site.output)
        let stamps = FileStamp.all(under: site.output)
        try site.write("templates/minutes.mustache", template)

        for clean in [false, true] {
            let report = site.build(clean: clean)
            XCTAssertFalse(report.succeeded, "clean: \(clean)", file: file, line: line)
            let errors = report.diagnostics.sorted.filter { $0.severity == .error }
            XCTAssertFalse(errors.isEmpty, file: file, line: line)
            for error in errors {
                XCTAssertEqual(error.location.file, "templates/minutes.mustache", "clean: \(clean)", file: file, line: line)
                XCTAssertEqual(error.location.line, 4, "clean: \(clean)", file: file, line: line)
                XCTAssertTrue(error.message.contains("'\(key)'"), error.description, file: file, line: line)
            }
            XCTAssertTrue(errors.contains { $0.description.hasPrefix("templates/minutes.mustache:4: error: ") }, report.problems,
                          file: file, line: line)
            assertSameTree(OutputTree(site.output), before, "the output after the failed build", file: file, line: line)
            XCTAssertEqual(FileStamp.all(under: site.output), stamps, "the output is untouched", file: file, line: line)
            assertNothingLeftBeside(site, file: file, line: line)
        }
    }

    func testAMisspeltKeyOnLine4IsAnErrorAtThatLine() throws {
        try assertKeyError(try Self.minutesTemplate(withLine4: "{{#chrome}}{{titel}}{{/chrome}}"), key: "titel")
    }

    func testAMisspeltKeyInsideASectionIsCaughtToo() throws {
        try assertKeyError(try Self.minutesTemplate(withLine4: "{{#resolutions}}{{texte}}{{/resolutions}}"), key: "texte")
    }

    /// A section empty on every page hides a wrong key inside it, and the build succeeds; when an
    /// edit fills the section on one page, the incremental build fails as a clean one does.
    func testAWrongKeyInASectionThatAnEditFillsFailsTheIncrementalBuild() throws {
        let site = try IncrementalSite.make(for: self)
        try site.replace("resolutions:\n  - Hoàn thành cải tạo điểm đen rác thải trước ngày 30/9\n  - { text: Nạo vét kênh nội đồng, due: 2024-10-30 }\n",
                         with: "", in: "content/minutes/2024/ap-bac-2024-09.md")
        try site.replace("resolutions:\n  - { text: Vận động hiến đất mở rộng đường liên ấp, due: 2024-10-15 }\n",
                         with: "", in: "content/minutes/2024/binh-minh-2024-09.md")
        try site.write("templates/minutes.mustache", try Self.minutesTemplate(withLine4: "{{#resolutions}}{{texte}}{{/resolutions}}"))
        let first = site.build()
        XCTAssertTrue(first.succeeded, "no page fills the section: \(first.problems)")
        let before = OutputTree(site.output)

        try site.replace("quality: { score: 92 }\n", with: "resolutions: [Một nghị quyết mới]\nquality: { score: 92 }\n",
                         in: "content/minutes/2024/ap-bac-2024-09.md")
        let report = site.build()
        XCTAssertFalse(report.succeeded, "the page that now fills the section is rendered and checked")
        assertDiagnostics(report.diagnostics, [.error("templates/minutes.mustache", 4, "the template uses key 'texte'")])
        assertSameTree(OutputTree(site.output), before, "the output after the failed build")
        let clean = site.build(clean: true)
        XCTAssertFalse(clean.succeeded, "a clean build fails the same way")
        assertDiagnostics(clean.diagnostics, [.error("templates/minutes.mustache", 4, "the template uses key 'texte'")])
        assertSameTree(OutputTree(site.output), before, "the output after the failed clean build")
    }
}
