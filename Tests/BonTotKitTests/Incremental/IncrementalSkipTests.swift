import XCTest

/// What an incremental build skips: pages whose model and templates did not change are not
/// rendered, and files whose bytes did not change are not written (their inode and time stay).
final class IncrementalSkipTests: XCTestCase {
    /// The pages made with the `story` template: one per story of the fixture.
    static let storyPages = ["guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html", "guong-dien-hinh/binh-minh-hien-dat/index.html"]

    func testARebuildWithNoChangeRendersNothingAndWritesNothing() throws {
        let site = try IncrementalSite.make(for: self)
        let first = site.build()
        XCTAssertTrue(first.succeeded, first.problems)
        let before = OutputTree(site.output)
        let stamps = FileStamp.all(under: site.output)

        let second = site.build()
        XCTAssertTrue(second.succeeded, second.problems)
        XCTAssertEqual(second.pages, first.pages)
        XCTAssertEqual(second.rendered, 0)
        XCTAssertEqual(second.files, 0)
        XCTAssertEqual(second.bytes, 0)
        XCTAssertEqual(OutputTree(site.output), before)
        XCTAssertEqual(FileStamp.all(under: site.output), stamps, "no file was written again")
        assertNothingLeftBeside(site)
    }

    func testAMinutesEditRendersOnlyThePagesItChangesAndWritesOnlyChangedFiles() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        let stamps = FileStamp.all(under: site.output)

        try site.replace("attendance: { present: 25, expected: 31, excused: 6, unexcused: 0 }",
                         with: "attendance: { present: 28, expected: 31, excused: 3, unexcused: 0 }",
                         in: "content/minutes/2024/binh-minh-2024-09.md")
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        let after = OutputTree(site.output)
        let changed = after.changed(since: before)
        XCTAssertTrue(changed.contains("sinh-hoat/binh-minh-2024-09/index.html"), "\(changed)")
        XCTAssertEqual(report.rendered, changed.filter { $0.hasSuffix(".html") }.count,
                       "only the minutes page and the pages whose content changed are rendered: \(changed)")
        XCTAssertLessThan(report.rendered, report.pages / 3, "a few pages")
        XCTAssertEqual(report.files, changed.count, "only files whose bytes changed are written")
        XCTAssertEqual(report.bytes, changed.reduce(0) { $0 + after.files[$1]!.count })
        let newStamps = FileStamp.all(under: site.output)
        for path in after.paths where !changed.contains(path) {
            XCTAssertEqual(newStamps[path], stamps[path], "\(path) did not change and was written again")
        }
        for path in changed {
            XCTAssertNotEqual(newStamps[path], stamps[path], "\(path) changed but its file was not replaced")
        }
    }

    func testAStoryTemplateOverrideRendersExactlyTheStoryPages() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let stories = try site.files(in: "content/stories")
        XCTAssertEqual(stories.count, Self.storyPages.count, "one story page per story of the fixture: \(stories)")
        let before = OutputTree(site.output)
        let stamps = FileStamp.all(under: site.output)

        try site.write("templates/story.mustache", try IncrementalTemplateEditTests.storyTemplate("rieng"))
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, stories.count, "the story pages and nothing else")
        XCTAssertEqual(report.files, stories.count)
        let after = OutputTree(site.output)
        XCTAssertEqual(after.changed(since: before), Self.storyPages)
        let newStamps = FileStamp.all(under: site.output)
        let minutesPages = after.pages.filter { $0.hasPrefix("sinh-hoat/") }
        XCTAssertGreaterThan(minutesPages.count, 3)
        for page in minutesPages {
            XCTAssertEqual(newStamps[page], stamps[page], "\(page) was written again")
        }
    }

    func testATemplateOverrideSameAsTheBuiltInOneChangesNothing() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let stamps = FileStamp.all(under: site.output)
        try site.write("templates/story.mustache", try IncrementalSite.builtInTemplate("story"))
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, 0, "the same template text gives the same fingerprints")
        XCTAssertEqual(report.files, 0)
        XCTAssertEqual(FileStamp.all(under: site.output), stamps)
    }
}
