import XCTest

/// Inputs renamed: a page whose address comes from the file name moves (the old one is
/// removed), one whose address does not stays, and the incremental build equals a clean one,
/// byte for byte.
final class IncrementalRenameTests: XCTestCase {
    func testAMinutesFileRenamedMovesItsPage() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.move("content/minutes/2024/ap-bac-2024-08.md", to: "content/minutes/2024/ap-bac-2024-08-chuyen-de.md")
        })
        XCTAssertEqual(outcome.after.removed(since: outcome.before), ["sinh-hoat/ap-bac-2024-08/index.html"])
        XCTAssertNotNil(outcome.after.files["sinh-hoat/ap-bac-2024-08-chuyen-de/index.html"])
        XCTAssertEqual(outcome.after.files(containing: "sinh-hoat/ap-bac-2024-08/"), [], "no link to the old address is left")
    }

    func testAStoryGivenAnotherSlugMovesItsPage() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.move("content/stories/hien-dat.md", to: "content/stories/hien-dat-lam-duong.md")
            try site.replace("slug: binh-minh-hien-dat\n", with: "slug: hien-dat-lam-duong\n", in: "content/stories/hien-dat-lam-duong.md")
        })
        XCTAssertEqual(outcome.after.removed(since: outcome.before), ["guong-dien-hinh/binh-minh-hien-dat/index.html"])
        XCTAssertNotNil(outcome.after.files["guong-dien-hinh/hien-dat-lam-duong/index.html"])
        XCTAssertEqual(outcome.after.files(containing: "binh-minh-hien-dat/"), [], "no link to the old address is left")
    }

    /// The story's page, its branch's profile and its month's bulletin name the file as an
    /// input, and a renamed file changes the pages that draw on the whole site, so all those
    /// are rendered again, to the same bytes.
    func testAStoryFileRenamedKeepsItsPageWhoseAddressComesFromItsTitle() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.move("content/stories/bi-thu-8x.md", to: "content/stories/bi-thu-tre.md")
        })
        XCTAssertEqual(outcome.report.rendered, 3 + IncrementalSite.portalWholeSitePages.count,
                       "the story's own page, its branch's profile, its month's bulletin and the whole-site pages")
        XCTAssertEqual(outcome.report.files, 0, "the output does not change")
    }
}
