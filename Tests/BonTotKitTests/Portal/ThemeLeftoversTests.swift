import BonTotKit
import Foundation
import XCTest

/// What no clerk put in a site's `templates/` (an editor's backup, autosave or swap file,
/// Office's lock file, Windows Explorer's `Thumbs.db`) is passed over as content folders pass
/// it over: not published under `assets/`, not taken for a template, while the theme's own
/// files beside it are.
final class ThemeLeftoversTests: XCTestCase {
    /// The fixture portal built with `changes`, its copy removed when the test ends.
    private func build(_ changes: [String: String?]) throws -> BuiltSite {
        let built = try BuiltSite.build("portal", changes: changes)
        addTeardownBlock { try? FileManager.default.removeItem(at: built.root.deletingLastPathComponent()) }
        return built
    }

    func testAnEditorsLeftoversInTemplatesAreNotPublished() throws {
        let leftovers = ["style.css~", "#layout.mustache#", "style.css.swp", "css/in.css.bak", "~$ghi-chu.docx", "Thumbs.db"]
        var changes: [String: String?] = ["templates/rieng.css": ".rieng { color: red; }\n"]
        for path in leftovers { changes["templates/" + path] = "body {}\n" }
        let built = try build(changes)

        XCTAssertEqual(built.page("assets/rieng.css"), ".rieng { color: red; }\n", "the theme's own file is published")
        let published = built.outputFiles()
        for path in leftovers {
            XCTAssertFalse(published.contains("assets/" + path), "\(path) is not published")
        }
    }

    /// Office's lock file of a template opened in Word ends in `.mustache` too: it is no
    /// template, so its text is not checked and does not stop the build.
    func testALockFileNamedAsATemplateIsNoTemplate() throws {
        let built = try build(["templates/~$layout.mustache": "tạm {{#khong-dong}}\n"])
        XCTAssertEqual(built.report.diagnostics.entries.filter { $0.location.file.hasPrefix("templates/") }.map(\.message), [])
        XCTAssertFalse(built.page("index.html").isEmpty, "the portal is built")
    }
}
