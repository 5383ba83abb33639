import XCTest

/// Inputs deleted: the pages they made disappear from the output (and the folders those pages
/// leave empty), and the incremental build equals a clean one, byte for byte.
final class IncrementalDeletionTests: XCTestCase {
    func testAMinutesFileRemovedTakesItsPageAway() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.remove("content/minutes/2024/binh-minh-2024-09.md")
        })
        XCTAssertNotNil(outcome.before.files["sinh-hoat/binh-minh-2024-09/index.html"])
        XCTAssertEqual(outcome.after.removed(since: outcome.before), ["sinh-hoat/binh-minh-2024-09/index.html"])
        XCTAssertFalse(outcome.after.folders.contains("sinh-hoat/binh-minh-2024-09"), "its folder goes with it")
        XCTAssertEqual(outcome.report.pages, outcome.before.pages.count - 1)
    }

    func testTheOnlyMinutesOfAMonthRemovedTakesTheMonthPageAway() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.remove("content/minutes/2024/ap-bac-2024-08.md")
        })
        let removed = outcome.after.removed(since: outcome.before)
        XCTAssertTrue(removed.contains("sinh-hoat/ap-bac-2024-08/index.html"), "\(removed)")
        XCTAssertTrue(removed.contains("sinh-hoat/2024/08/index.html"), "the month has no minutes left: \(removed)")
        XCTAssertFalse(outcome.after.folders.contains("sinh-hoat/2024/08"))
    }

    func testAStoryRemoved() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.remove("content/stories/hien-dat.md")
        })
        XCTAssertTrue(outcome.after.removed(since: outcome.before).contains("guong-dien-hinh/binh-minh-hien-dat/index.html"))
        XCTAssertEqual(outcome.after.files(containing: "Ấp Bình Minh hiến đất làm đường"), [])
    }

    func testATagNoStoryCarriesAnyMoreTakesItsPageAway() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("tags: [phòng chống thiên tai, dân vận khéo]", with: "tags: [dân vận khéo]", in: "content/stories/bi-thu-8x.md")
        })
        XCTAssertEqual(outcome.after.removed(since: outcome.before), ["guong-dien-hinh/chu-de/phong-chong-thien-tai/index.html"])
        XCTAssertFalse(outcome.after.folders.contains("guong-dien-hinh/chu-de/phong-chong-thien-tai"))
    }
}
