import XCTest

/// An edited story: the incremental build equals a clean one, byte for byte.
final class IncrementalStoryEditTests: XCTestCase {
    func testTheBodyTextOfAStory() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("nay đã rộng 5 mét.", with: "nay đã rộng 6 mét.", in: "content/stories/hien-dat.md")
        })
        XCTAssertTrue(outcome.after.text("guong-dien-hinh/binh-minh-hien-dat/index.html")?.contains("rộng 6 mét") == true)
    }

    func testTheSummaryOfAStoryShownOnOtherPages() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.replace("summary: Hai mươi hộ tự nguyện hiến 1.200 m² đất.",
                             with: "summary: Hai mươi hai hộ tự nguyện hiến 1.250 m² đất.", in: "content/stories/hien-dat.md")
        })
        XCTAssertEqual(outcome.after.files(containing: "Hai mươi hộ tự nguyện"), [])
        XCTAssertGreaterThan(outcome.after.files(containing: "Hai mươi hai hộ tự nguyện").count, 1)
    }
}
