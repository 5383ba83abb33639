import XCTest
@testable import BonTotKit

/// A body's address holding a `#` or `?` read against the site's media files: of the ways to
/// read it (`media/bao-cao.pdf` with the anchor `#chuong.hai`, or the file `bao-cao.pdf#chuong.hai`),
/// the longest naming a file is taken; when none names one, the usual reading
/// (`BodyAddressAnchorTests`), so the missing file is the one the clerk most likely meant.
final class BodyAddressMediaFilesTests: XCTestCase {
    /// The media path and what follows it, `path | suffix`, of `url` written in `file` when the
    /// site holds the media files `media`; nil when it names no media file.
    private func media(_ url: String, files media: Set<String>, in file: String = "content/stories/x.md") -> String? {
        guard case .media(let path, let suffix) = BodyAddress.resolve(url, in: file, media: media) else { return nil }
        return path + " | " + suffix
    }

    func testAnAnchorWithADotAfterAnExistingFileIsAnAnchor() {
        let files: Set = ["media/bao-cao.pdf"]
        XCTAssertEqual(media("media/bao-cao.pdf#chuong.hai", files: files), "media/bao-cao.pdf | #chuong.hai")
        XCTAssertEqual(media("../media/bao-cao.pdf#chuong.hai", files: files), "media/bao-cao.pdf | #chuong.hai",
                       "written from the file")
        XCTAssertEqual(media("../../media/bao-cao.pdf#chuong.hai", files: files, in: "content/minutes/2024/x.md"),
                       "media/bao-cao.pdf | #chuong.hai")
        XCTAssertEqual(media("media/anh.goc#1.jpg", files: ["media/anh.goc"]), "media/anh.goc | #1.jpg")
    }

    func testAFileNamedWithTheHashIsTakenWhenItIsThere() {
        XCTAssertEqual(media("media/anh.goc#1.jpg", files: ["media/anh.goc#1.jpg"]), "media/anh.goc#1.jpg | ")
        XCTAssertEqual(media("media/bao-cao.pdf#chuong.hai", files: ["media/bao-cao.pdf#chuong.hai"]),
                       "media/bao-cao.pdf#chuong.hai | ")
        XCTAssertEqual(media("media/anh.goc#1.jpg#khung", files: ["media/anh.goc#1.jpg"]), "media/anh.goc#1.jpg | #khung")
    }

    func testWhenBothFilesAreThereTheLongerNameIsTaken() {
        let files: Set = ["media/bao-cao.pdf", "media/bao-cao.pdf#chuong.hai"]
        XCTAssertEqual(media("media/bao-cao.pdf#chuong.hai", files: files), "media/bao-cao.pdf#chuong.hai | ")
        XCTAssertEqual(media("media/bao-cao.pdf#chuong.hai#page=2", files: files), "media/bao-cao.pdf#chuong.hai | #page=2")
        XCTAssertEqual(media("media/anh.goc#1.jpg", files: ["media/anh.goc", "media/anh.goc#1.jpg"]), "media/anh.goc#1.jpg | ")
    }

    func testWhenNoFileIsThereTheNameTheClerkMostLikelyMeantIsTold() {
        XCTAssertEqual(media("media/bao-cao.pdf#chuong.hai", files: []), "media/bao-cao.pdf#chuong.hai | ")
        XCTAssertEqual(media("media/anh.goc#1.jpg", files: ["media/anh.jpg"]), "media/anh.goc#1.jpg | ")
    }

    func testUsualAnchorsAndQueriesAreReadAsBefore() {
        let files: Set = ["media/bao-cao.pdf", "media/bien.ban#2.pdf"]
        XCTAssertEqual(media("media/bao-cao.pdf#page=3", files: files), "media/bao-cao.pdf | #page=3")
        XCTAssertEqual(media("media/bao-cao.pdf#muc-1.2", files: files), "media/bao-cao.pdf | #muc-1.2")
        XCTAssertEqual(media("media/bao-cao.pdf?v=2", files: files), "media/bao-cao.pdf | ?v=2")
        XCTAssertEqual(media("../media/bien.ban#2.pdf?v=2#page=1", files: files), "media/bien.ban#2.pdf | ?v=2#page=1")
    }

    func testANameWrittenWithEscapesIsFoundUnderItsLetters() {
        let files: Set = ["media/Báo cáo.pdf", "media/anh.goc#1.jpg"]
        XCTAssertEqual(media("media/B%C3%A1o%20c%C3%A1o.pdf#chuong.hai", files: files), "media/B%C3%A1o%20c%C3%A1o.pdf | #chuong.hai")
        XCTAssertEqual(media("media/anh.goc%231.jpg", files: files), "media/anh.goc%231.jpg | ", "no '#' to read")
    }

    func testWhetherTheReadingDependsOnTheFiles() {
        XCTAssertTrue(BodyAddress.dependsOnMediaFiles("media/bao-cao.pdf#chuong.hai"))
        XCTAssertTrue(BodyAddress.dependsOnMediaFiles("../media/bao-cao.pdf#page=3"))
        XCTAssertFalse(BodyAddress.dependsOnMediaFiles("media/anh.jpg"))
        XCTAssertFalse(BodyAddress.dependsOnMediaFiles("media/anh%231.jpg"))
        XCTAssertFalse(BodyAddress.dependsOnMediaFiles("media/anh#1"), "no extension before the '#': one reading")
        XCTAssertFalse(BodyAddress.dependsOnMediaFiles("https://example.vn/a.pdf#b.c"))
    }

    /// The media files whose coming or going may change where a body's address points.
    func testOnlyAFileWithAHashAfterAnExtensionMayBeReadAsAnAnchor() {
        XCTAssertTrue(BodyAddress.mayBeReadAsAnAnchor("media/bao-cao.pdf#chuong.hai"))
        XCTAssertTrue(BodyAddress.mayBeReadAsAnAnchor("media/anh.goc#1.jpg"))
        XCTAssertTrue(BodyAddress.mayBeReadAsAnAnchor("media/bao.cao#a/anh.jpg"), "a folder so named")
        XCTAssertFalse(BodyAddress.mayBeReadAsAnAnchor("media/Ảnh #1.jpg"))
        XCTAssertFalse(BodyAddress.mayBeReadAsAnAnchor("media/anh#1.jpg"))
        XCTAssertFalse(BodyAddress.mayBeReadAsAnAnchor("media/bao-cao.pdf"))
    }
}
