import BonTotKit
import Foundation
import XCTest

/// How many pages an edit should make an incremental build render.
enum ExpectedRendering {
    /// Some, but fewer than all: the build really skipped pages.
    case fewerThanAll
    /// Every page (the edit shows on all of them, like the site's title).
    case all
    /// None: the edit changes files that are not pages (a media file).
    case none
}

/// What `assertIncrementalEqualsClean` saw, for a test's own further checks.
struct IncrementalOutcome {
    let site: IncrementalSite
    /// The output before the edit, after the incremental build, and of the clean build.
    let before: OutputTree
    let after: OutputTree
    let clean: OutputTree
    let report: BuildReport
}

extension XCTestCase {
    /// Builds a copy of `fixture` (after `prepare`), applies `edit`, builds it again
    /// incrementally into the same `output/`, and checks that the result is byte for byte what a
    /// clean build of the edited site gives (same files, same folders, same bytes), that the
    /// incremental build rendered as many pages as `renders` says, that it wrote exactly the
    /// files whose bytes changed, and that a further build with no change does nothing.
    ///
    /// The clean build is made from a second copy of the edited site into a folder of its own,
    /// so it cannot replace the manifest of the site under test.
    @discardableResult
    func assertIncrementalEqualsClean(_ fixture: String = "portal",
                                      prepare: (IncrementalSite) throws -> Void = { _ in },
                                      edit: (IncrementalSite) throws -> Void,
                                      renders expected: ExpectedRendering = .fewerThanAll,
                                      file: StaticString = #filePath, line: UInt = #line) throws -> IncrementalOutcome {
        let site = try IncrementalSite.make(fixture, for: self)
        try prepare(site)
        return try assertIncrementalEqualsClean(site: site, edit: edit, renders: expected, file: file, line: line)
    }

    /// `assertIncrementalEqualsClean(_:prepare:edit:renders:)` for a site the test made itself
    /// (a province made of the district fixture, `ProvinceFixture`): its units may lie beside it,
    /// where the clean copy of its own folder finds them, edited, too.
    @discardableResult
    func assertIncrementalEqualsClean(site: IncrementalSite, edit: (IncrementalSite) throws -> Void,
                                      renders expected: ExpectedRendering = .fewerThanAll,
                                      file: StaticString = #filePath, line: UInt = #line) throws -> IncrementalOutcome {
        let first = site.build()
        XCTAssertTrue(first.succeeded, "the first build failed:\n\(first.problems)", file: file, line: line)
        XCTAssertGreaterThan(first.pages, 0, file: file, line: line)
        XCTAssertEqual(first.rendered, first.pages, "the first build has no manifest: it renders every page", file: file, line: line)
        let before = OutputTree(site.output)
        let settled = site.build()
        XCTAssertEqual(settled.rendered, 0, "a second build with no change renders nothing", file: file, line: line)
        assertSameTree(OutputTree(site.output), before, "the output rebuilt with no change (it now has a spare beside it)",
                       file: file, line: line)

        try edit(site)
        let report = site.build()
        XCTAssertTrue(report.succeeded, "the incremental build failed:\n\(report.problems)", file: file, line: line)
        let after = OutputTree(site.output)

        let copy = try site.copyOfInputs(named: "clean-copy")
        let cleanReport = copy.build(clean: true, output: site.sibling("clean-output"))
        XCTAssertTrue(cleanReport.succeeded, "the clean build failed:\n\(cleanReport.problems)", file: file, line: line)
        let clean = OutputTree(site.sibling("clean-output"))
        XCTAssertEqual(cleanReport.rendered, cleanReport.pages, file: file, line: line)

        assertSameTree(after, clean, "the incremental output", file: file, line: line)
        XCTAssertEqual(report.pages, cleanReport.pages, "both builds count the same pages", file: file, line: line)

        switch expected {
        case .fewerThanAll:
            XCTAssertGreaterThan(report.rendered, 0, "the edit changes pages", file: file, line: line)
            XCTAssertLessThan(report.rendered, report.pages, "an incremental build skips the pages the edit leaves alone", file: file, line: line)
        case .all:
            XCTAssertEqual(report.rendered, report.pages, "the edit shows on every page", file: file, line: line)
        case .none:
            XCTAssertEqual(report.rendered, 0, "the edit changes no page", file: file, line: line)
        }
        let changed = after.changed(since: before)
        XCTAssertEqual(report.files, changed.count,
                       "the build must write exactly the files whose bytes changed: \(changed)", file: file, line: line)
        XCTAssertGreaterThanOrEqual(report.rendered, changed.filter { $0.hasSuffix(".html") }.count,
                                    "a page whose bytes changed was rendered", file: file, line: line)
        assertNothingLeftBeside(site, file: file, line: line)

        let again = site.build()
        XCTAssertTrue(again.succeeded, again.problems, file: file, line: line)
        XCTAssertEqual(again.rendered, 0, "after an incremental build, its manifest is up to date", file: file, line: line)
        XCTAssertEqual(again.files, 0, file: file, line: line)
        assertSameTree(OutputTree(site.output), clean, "the output rebuilt with no change", file: file, line: line)
        let third = site.build()
        XCTAssertEqual(third.rendered, 0, file: file, line: line)
        assertSameTree(OutputTree(site.output), clean, "the output made again in the spare, two builds after the edit",
                       file: file, line: line)
        return IncrementalOutcome(site: site, before: before, after: after, clean: clean, report: report)
    }

    /// Fails when anything but the cache and the spare output is left beside the site's output.
    func assertNothingLeftBeside(_ site: IncrementalSite, file: StaticString = #filePath, line: UInt = #line) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: site.root.path)) ?? []
        let leftovers = names.filter { $0.contains("bontot") && $0 != ".bontot-cache" && $0 != ".output.bontot-spare" }
        XCTAssertEqual(leftovers, [], "an update left files beside the output", file: file, line: line)
    }
}
