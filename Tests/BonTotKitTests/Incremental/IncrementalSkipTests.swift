import XCTest

/// What an incremental build skips: pages whose inputs and templates did not change are not
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
        let wholeSite = IncrementalSite.portalWholeSitePages
        XCTAssertTrue(wholeSite.isSubset(of: Set(after.paths)), "the fixture's whole-site pages: \(wholeSite.subtracting(after.paths))")
        XCTAssertEqual(report.rendered, Set(changed.filter { $0.hasSuffix(".html") }).union(wholeSite).count,
                       "the pages whose content changed and those drawing on the whole site are rendered: \(changed)")
        XCTAssertLessThan(report.rendered, report.pages * 2 / 3, "not every page")
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

    /// Only a meeting's own page and the search index show its body: the pages that list the
    /// meeting (its month, its branch's profile, its month's bulletin) and those that draw on
    /// the whole site are not rendered when the body alone is edited.
    func testAMinutesBodyEditRendersOnlyTheMeetingsOwnPage() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        let minutes = "content/minutes/2024/binh-minh-2024-09.md"
        try site.replace("Sinh hoạt thường kỳ tháng 9.", with: "Sinh hoạt thường kỳ tháng 9, bàn việc chống lũ.", in: minutes)
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, 1, "only the meeting's own page shows the body of \(minutes)")
        let changed = OutputTree(site.output).changed(since: before)
        XCTAssertEqual(changed.filter { $0.hasSuffix(".html") }, ["sinh-hoat/binh-minh-2024-09/index.html"])
        XCTAssertTrue(changed.contains { $0.hasPrefix("tim-kiem/") && !$0.hasSuffix(".html") }, "the search index has the new words: \(changed)")
        XCTAssertEqual(report.files, changed.count, "only files whose bytes changed are written: \(changed)")
    }

    /// The same for a story: its branch's profile and its month's bulletin list it, but only its
    /// own page shows its body.
    func testAStoryBodyEditRendersOnlyTheStorysOwnPage() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        try site.replace("nay đã rộng 5 mét.", with: "nay đã rộng 6 mét.", in: "content/stories/hien-dat.md")
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, 1, "only the story's own page shows its body")
        let changed = OutputTree(site.output).changed(since: before)
        XCTAssertEqual(changed.filter { $0.hasSuffix(".html") }, ["guong-dien-hinh/binh-minh-hien-dat/index.html"])
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
