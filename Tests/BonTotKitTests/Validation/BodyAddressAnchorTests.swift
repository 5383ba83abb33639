import XCTest
@testable import BonTotKit

/// Where a body's address of a media file ends and its anchor (or query) begins: a `#` before
/// the name's extension is part of a name as a clerk gives it, however many dots and `#` the
/// name holds; one after it, or on a page's address, is an anchor. So it is read when no media
/// file tells the readings apart (none here; see `BodyAddressMediaFilesTests`). The pages these
/// make are checked end to end by `MediaNamedByAClerkTests`.
final class BodyAddressAnchorTests: XCTestCase {
    /// The media path and what follows it, `path | suffix`, of `url` written in a story; nil
    /// when it names no media file.
    private func media(_ url: String) -> String? {
        guard case .media(let path, let suffix) = BodyAddress.resolve(url, in: "content/stories/x.md", media: []) else { return nil }
        return path + " | " + suffix
    }

    func testAHashBeforeTheNamesExtensionIsPartOfTheNameWhateverDotsAndHashesItHolds() {
        XCTAssertEqual(media("media/anh#1.jpg"), "media/anh#1.jpg | ")
        XCTAssertEqual(media("media/anh.goc#1.jpg"), "media/anh.goc#1.jpg | ")
        XCTAssertEqual(media("../media/bien.ban#2#3.pdf"), "media/bien.ban#2#3.pdf | ")
        XCTAssertEqual(media("media/ảnh.gốc#1.jpg"), "media/ảnh.gốc#1.jpg | ")
        XCTAssertEqual(media("media/2024.1#a/anh.jpg"), "media/2024.1#a/anh.jpg | ", "a folder so named")
        XCTAssertEqual(media("media/anh#1"), "media/anh#1 | ", "a name without extension keeps its '#', as before")
    }

    func testWhatFollowsTheNamesExtensionIsAnAnchorOrAQuery() {
        XCTAssertEqual(media("media/bao-cao.pdf#page=3"), "media/bao-cao.pdf | #page=3")
        XCTAssertEqual(media("media/bao-cao.pdf#muc-1.2"), "media/bao-cao.pdf | #muc-1.2", "no letter after the dot: no extension")
        XCTAssertEqual(media("media/bao-cao.pdf#search=bao.cao"), "media/bao-cao.pdf | #search=bao.cao", "a parameter")
        XCTAssertEqual(media("media/anh.goc#1.jpg#khung"), "media/anh.goc#1.jpg | #khung")
        XCTAssertEqual(media("../media/bien.ban#2.pdf?v=2#page=1"), "media/bien.ban#2.pdf | ?v=2#page=1")
    }

    func testAnAnchorOnAPagesAddressStaysAnAnchor() {
        XCTAssertEqual(BodyAddress.resolve("../sinh-hoat/x/#phan-2", in: "content/stories/x.md", media: []), .content(path: "content/sinh-hoat/x", suffix: "#phan-2"))
        XCTAssertEqual(BodyAddress.resolve("#phan-2", in: "content/stories/x.md", media: []), nil)
    }
}
