import BonTotKit
import Foundation
import XCTest

/// A body's link to a media file with an anchor holding a dot (`media/bao-cao.pdf#chuong.hai`)
/// leads to the file with its anchor when the site has `bao-cao.pdf`, as it did before names
/// holding a `#` were read (`BodyAddress`); a photo so named by a clerk (`anh.goc#1.svg`) is
/// still its file, linked as `%23`. The check and the page read the address alike.
final class MediaAnchorsReadAgainstFilesTests: XCTestCase {
    func testAReportsAnchorWithADotAndAPhotoNamedWithAHashAreBothLinkedToTheirFiles() throws {
        let minutes = "content/minutes/2024/ap-bac-2024-08.md"
        let written = try String(contentsOf: BuiltSite.fixtures.appending(path: "portal/" + minutes), encoding: .utf8)
        let built = try BuiltSite.build(changes: [
            "content/media/bao-cao.pdf": "%PDF-1.4",
            "content/media/anh.goc#1.svg": MediaFixture.picture,
            "content/stories/hien-dat.md": MediaFixture.story(body: """
                Xem [chương hai của báo cáo](media/bao-cao.pdf#chuong.hai), [mục 1.2](media/bao-cao.pdf#muc-1.2)
                và [trang 3](../media/bao-cao.pdf#page=3).

                ![Ảnh gốc](media/anh.goc#1.svg)
                """),
            minutes: written + "\nXem [chương hai](../../media/bao-cao.pdf#chuong.hai).\n",
        ])
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        let story = built.page("guong-dien-hinh/hien-dat/index.html")
        XCTAssertTrue(story.contains(#"<a href="../../media/bao-cao.pdf#chuong.hai">chương hai của báo cáo</a>"#), story)
        XCTAssertTrue(story.contains(#"<a href="../../media/bao-cao.pdf#muc-1.2">mục 1.2</a>"#), story)
        XCTAssertTrue(story.contains(#"<a href="../../media/bao-cao.pdf#page=3">trang 3</a>"#), story)
        XCTAssertTrue(story.contains(#"<img src="../../media/anh.goc%231.svg" alt="Ảnh gốc" />"#), story)
        let meeting = built.page("sinh-hoat/ap-bac-2024-08/index.html")
        XCTAssertTrue(meeting.contains(#"<a href="../../media/bao-cao.pdf#chuong.hai">chương hai</a>"#), meeting)
        XCTAssertEqual(built.bytes("media/bao-cao.pdf"), Array("%PDF-1.4".utf8))
        XCTAssertEqual(built.bytes("media/anh.goc#1.svg"), Array(MediaFixture.picture.utf8))
    }

    func testAFileNamedWithTheWholeAddressIsTheOneLinked() throws {
        let built = try BuiltSite.build(changes: [
            "content/media/bao-cao.pdf": "%PDF-1.4",
            "content/media/bao-cao.pdf#chuong.hai": "%PDF-1.5",
            "content/stories/hien-dat.md": MediaFixture.story(body: "Xem [chương hai](media/bao-cao.pdf#chuong.hai)."),
        ])
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        let story = built.page("guong-dien-hinh/hien-dat/index.html")
        XCTAssertTrue(story.contains(#"<a href="../../media/bao-cao.pdf%23chuong.hai">chương hai</a>"#), story)
        XCTAssertEqual(built.bytes("media/bao-cao.pdf#chuong.hai"), Array("%PDF-1.5".utf8))
    }

    func testWhenNoFileIsThereTheMissingFileIsTheWholeName() throws {
        let path = "content/stories/hien-dat.md"
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            path: MediaFixture.story(body: "Xem [chương hai](media/bao-cao.pdf#chuong.hai)."),
        ]))
        assertDiagnostics(loaded, [
            .error(path, 8, "không tìm thấy tệp 'media/bao-cao.pdf#chuong.hai' trong content/"),
        ])
    }
}
