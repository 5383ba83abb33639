@testable import BonTotKit
import Foundation
import XCTest

/// `Page.showsBodies` is a promise: a page marked false is fingerprinted by the outline of the
/// minutes and stories it names, without their bodies, so an incremental build does not render
/// it again when only a body changes. Here every body of a site changes and every page is
/// rendered before and after: each page marked false must render the same bytes, while each
/// minutes' and story's own page shows the change (so a page that broke the promise would fail).
final class ShowsBodiesPromiseTests: XCTestCase {
    /// A word no page holds, appended to every minutes' and story's body as a paragraph of its own.
    private static let mark = "Zqbodymarkqz"

    /// The repository, whose `content/` and `site.yaml` are the demonstration site.
    private static let repository = BuiltSite.fixtures
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testTheDemonstrationSiteKeepsThePromise() throws {
        try assertPromiseHolds(site: Self.repository)
    }

    func testThePortalFixtureKeepsThePromise() throws {
        try assertPromiseHolds(site: BuiltSite.fixtures.appending(path: "portal"))
    }

    /// Copies the `content/` and `site.yaml` of the site at `source` twice, changes every body
    /// of the second copy, and compares the pages of both.
    private func assertPromiseHolds(site source: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = try TemporaryFolder.make("bontot-bodies")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let before = folder.appending(path: "before"), after = folder.appending(path: "after")
        for root in [before, after] {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            for item in ["content", "site.yaml"] {
                try FileManager.default.copyItem(at: source.appending(path: item), to: root.appending(path: item))
            }
        }
        let edited = try appendMarkToEveryBody(in: after)

        let old = try Rendered(root: before), new = try Rendered(root: after)
        XCTAssertEqual(edited, new.bodies, "every minutes' and story's file was edited", file: file, line: line)
        XCTAssertEqual(new.html.keys.sorted(), old.html.keys.sorted(), "the same pages", file: file, line: line)

        let hidden = new.pages.filter { !$0.showsBodies }
        XCTAssertTrue(Set(hidden.map(\.template)).isSuperset(of: ["bulletin", "branch", "minutes-month"]),
                      "the pages marked as showing no body", file: file, line: line)
        for page in hidden {
            XCTAssertNotNil(new.html[page.file], page.file, file: file, line: line)
            XCTAssertTrue(new.html[page.file] == old.html[page.file],
                          "\(page.file) (\(page.template)) is marked showsBodies = false but shows a body",
                          file: file, line: line)
        }

        let bodyPages = new.pages.filter {
            switch $0.route {
            case .minutes, .story: true
            default: false
            }
        }
        XCTAssertEqual(bodyPages.count, new.bodies, "a page per minutes and story", file: file, line: line)
        for page in bodyPages {
            XCTAssertFalse(old.html[page.file, default: ""].contains(Self.mark), file: file, line: line)
            XCTAssertTrue(new.html[page.file, default: ""].contains(Self.mark),
                          "\(page.file) does not show its changed body", file: file, line: line)
        }
    }

    /// Appends `mark` to the body of every minutes and story under `root/content`, front matter
    /// untouched; how many files it changed.
    private func appendMarkToEveryBody(in root: URL) throws -> Int {
        var edited = 0
        for folder in ["content/minutes", "content/stories"] {
            let base = root.appending(path: folder)
            let paths = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            for path in paths.sorted() where path.hasSuffix(".md") {
                let url = base.appending(path: path)
                let text = try String(contentsOf: url, encoding: .utf8)
                try (text + "\n\n\(Self.mark)\n").write(to: url, atomically: true, encoding: .utf8)
                edited += 1
            }
        }
        return edited
    }

    /// Every page of a site, rendered with the built-in theme.
    private struct Rendered {
        var pages: [Page]
        /// The HTML of each page, by its file.
        var html: [String: String] = [:]
        /// How many minutes and stories the site holds.
        var bodies: Int

        init(root: URL) throws {
            let loaded = SiteLoader.load(root: root)
            let site = try XCTUnwrap(loaded.site, "\(loaded.diagnostics.sorted)")
            XCTAssertEqual(loaded.diagnostics.errorCount, 0, "\(loaded.diagnostics.sorted)")
            let context = PortalContext(site: site, analysis: try XCTUnwrap(loaded.analysis))
            pages = PortalPages.pages(context)
            bodies = site.minutes.count + site.stories.count
            let sink = DiagnosticSink()
            let renderer = PageRenderer(theme: Theme.load(siteRoot: root), sink: sink)
            XCTAssertEqual(sink.log.entries, [])
            let results = Parallel.map(pages) { renderer.render($0) }
            for (page, result) in zip(pages, results) {
                XCTAssertEqual(result.diagnostics, [], page.file)
                html[page.file] = result.html
            }
        }
    }
}
