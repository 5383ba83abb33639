import XCTest

/// A site template overriding the built-in theme, added and then edited: the incremental build
/// equals a clean one, byte for byte.
final class IncrementalTemplateEditTests: XCTestCase {
    /// The built-in story template with a mark on its article.
    static func storyTemplate(_ mark: String) throws -> String {
        let template = try IncrementalSite.builtInTemplate("story")
        XCTAssertTrue(template.contains("<article"))
        return template.replacingOccurrences(of: "<article", with: "<article data-mau=\"\(mark)\"")
    }

    func testATemplateOverrideAdded() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.write("templates/story.mustache", try Self.storyTemplate("rieng"))
        })
        XCTAssertEqual(outcome.after.files(containing: "data-mau=\"rieng\"").count, 2, "both stories")
    }

    func testATemplateOverrideEdited() throws {
        let outcome = try assertIncrementalEqualsClean(prepare: { site in
            try site.write("templates/story.mustache", try Self.storyTemplate("mot"))
        }, edit: { site in
            try site.write("templates/story.mustache", try Self.storyTemplate("hai"))
        })
        XCTAssertEqual(outcome.before.files(containing: "data-mau=\"mot\"").count, 2)
        XCTAssertEqual(outcome.after.files(containing: "data-mau=\"mot\""), [])
        XCTAssertEqual(outcome.after.files(containing: "data-mau=\"hai\"").count, 2)
    }

    func testAPartialOverrideAddedChangesEveryPageThatUsesIt() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            let partial = try IncrementalSite.builtInTemplate("partials/minutes-branch")
            try site.write("templates/partials/minutes-branch.mustache", "<!-- chi bộ -->" + partial)
        })
        XCTAssertGreaterThan(outcome.after.files(containing: "<!-- chi bộ -->").count, 5)
    }

    func testTheCachedSiteHeaderOverriddenRendersEveryPage() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            let header = try IncrementalSite.builtInTemplate("partials/cached/site-header")
            XCTAssertTrue(header.contains("<header class=\"site-header\">"))
            try site.write("templates/partials/cached/site-header.mustache",
                           header.replacingOccurrences(of: "<header class=\"site-header\">", with: "<header class=\"site-header\" data-mau>"))
        }, renders: .all)
        XCTAssertEqual(outcome.after.files(containing: "<header class=\"site-header\" data-mau>"),
                       outcome.after.files(containing: "<header class=\"site-header\""), "every page with a header shows the edit")
        XCTAssertGreaterThan(outcome.after.files(containing: "data-mau>").count, 10)
    }

    func testTheLayoutOverriddenRendersEveryPage() throws {
        try assertIncrementalEqualsClean(edit: { site in
            let layout = try IncrementalSite.builtInTemplate("layout")
            XCTAssertTrue(layout.contains("<html lang=\"vi\">"))
            try site.write("templates/layout.mustache", layout.replacingOccurrences(of: "<html lang=\"vi\">", with: "<html lang=\"vi\" data-mau>"))
        }, renders: .all)
    }
}
