@testable import BonTotKit
import XCTest

/// Which part of a site a path lies in decides whether the theme's rule (no Swift source) or the
/// content folders' applies: `templates/` and all below it is the theme, the folder itself
/// included (the preview server watches it), and a name that only starts like it is content.
final class SitePlaceTests: XCTestCase {
    func testTheTemplatesFolderAndAllBelowItAreTheTheme() {
        for path in ["templates", "templates/style.css", "templates/partials", "templates/partials/x.swift"] {
            XCTAssertEqual(PassedOverName.Place(sitePath: path), .theme, path)
        }
    }

    func testANameThatOnlyStartsLikeTemplatesIsContent() {
        for path in ["templates-old.md", "templatesX", "templatesX/a.md", "content", "content/templates/x.md"] {
            XCTAssertEqual(PassedOverName.Place(sitePath: path), .content, path)
        }
    }

    /// A walk's file and the folder it lies in are told alike: Swift source in the theme is
    /// passed over, in a folder named `templatesX` it is not.
    func testSwiftSourceIsPassedOverOnlyInTheTheme() {
        XCTAssertTrue(PassedOverName.isPassedOver(sitePath: "templates/x.swift"))
        XCTAssertFalse(PassedOverName.isPassedOver(sitePath: "templatesX/x.swift"))
        XCTAssertFalse(PassedOverName.isPassedOver(sitePath: "templates-old.swift"))
        XCTAssertFalse(PassedOverName.isPassedOver(sitePath: "content/templates/x.swift"))
    }
}
