import Foundation
import XCTest

/// A build that fails leaves the previous output exactly as it was, and the build after the
/// fix is correct (it still knows what the last good build wrote).
final class IncrementalFailedBuildTests: XCTestCase {
    static let minutes = "content/minutes/2024/binh-minh-2024-09.md"

    func testAContentErrorLeavesTheOutputUntouchedAndTheFixedBuildIsCorrect() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        let stamps = FileStamp.all(under: site.output)

        // A good edit and a bad one together: the branch does not exist.
        try site.replace("Sinh hoạt thường kỳ tháng 9.", with: "Sinh hoạt thường kỳ tháng 9, có sửa.", in: Self.minutes)
        try site.replace("branch: binh-minh\n", with: "branch: binh-minhh\n", in: Self.minutes)
        let failed = site.build()
        XCTAssertFalse(failed.succeeded)
        XCTAssertTrue(failed.diagnostics.sorted.contains { $0.severity == .error && $0.location.file == Self.minutes && $0.message.contains("binh-minhh") },
                      failed.problems)
        assertSameTree(OutputTree(site.output), before, "the output after a failed build")
        XCTAssertEqual(FileStamp.all(under: site.output), stamps, "no file of the output was touched")
        assertNothingLeftBeside(site)

        try site.replace("branch: binh-minhh\n", with: "branch: binh-minh\n", in: Self.minutes)
        let fixed = site.build()
        XCTAssertTrue(fixed.succeeded, fixed.problems)
        XCTAssertLessThan(fixed.rendered, fixed.pages, "still incremental after the failure")
        XCTAssertTrue(OutputTree(site.output).text("sinh-hoat/binh-minh-2024-09/index.html")?.contains("có sửa") == true,
                      "the good edit made during the failure is built")
        let clean = try site.copyOfInputs(named: "copy")
        XCTAssertTrue(clean.build(clean: true, output: site.sibling("clean")).succeeded)
        assertSameTree(OutputTree(site.output), OutputTree(site.sibling("clean")), "the output of the fixed build")
    }

    func testATemplateErrorInAnIncrementalBuildLeavesTheOutputUntouched() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        try site.replace("Sinh hoạt thường kỳ tháng 9.", with: "Sinh hoạt thường kỳ tháng 9, có sửa.", in: Self.minutes)
        try site.write("templates/story.mustache", "{{<layout}}{{$main}}{{tieuDe}}{{/main}}{{/layout}}")

        let failed = site.build()
        XCTAssertFalse(failed.succeeded)
        XCTAssertTrue(failed.diagnostics.sorted.contains { $0.location.file == "templates/story.mustache" && $0.message.contains("tieuDe") },
                      failed.problems)
        assertSameTree(OutputTree(site.output), before, "the output after a failed render")
        assertNothingLeftBeside(site)

        try site.remove("templates/story.mustache")
        let fixed = site.build()
        XCTAssertTrue(fixed.succeeded, fixed.problems)
        let clean = try site.copyOfInputs(named: "copy")
        XCTAssertTrue(clean.build(clean: true, output: site.sibling("clean")).succeeded)
        assertSameTree(OutputTree(site.output), OutputTree(site.sibling("clean")), "the output of the fixed build")
    }
}
