import Foundation
import XCTest

/// Media files changed or added: copied again when they change, and the incremental build
/// equals a clean one, byte for byte.
final class IncrementalMediaEditTests: XCTestCase {
    static let square = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><rect width="9" height="9"/></svg>"#

    func testAMediaFileWithNewBytes() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.write("content/media/ap-bac.svg", Self.square)
        }, renders: .none)
        XCTAssertEqual(outcome.after.text("media/ap-bac.svg"), Self.square)
        XCTAssertEqual(outcome.report.files, 1)
    }

    func testAMediaFileAddedAndShownByAStory() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.write("content/media/bi-thu.svg", Self.square)
            try site.replace("image: media/ap-bac.svg", with: "image: media/bi-thu.svg", in: "content/stories/bi-thu-8x.md")
        })
        XCTAssertEqual(outcome.after.text("media/bi-thu.svg"), Self.square)
        XCTAssertTrue(outcome.after.text("guong-dien-hinh/bi-thu-8x-xong-pha-trong-lu/index.html")?.contains("bi-thu.svg") == true)
    }

    func testAMediaFileAddedThatNoPageShows() throws {
        let outcome = try assertIncrementalEqualsClean(edit: { site in
            try site.write("content/media/khac.svg", Self.square)
        }, renders: .none)
        XCTAssertEqual(outcome.after.changed(since: outcome.before), ["media/khac.svg"])
    }
}
