import BonTotKit
import Foundation
import XCTest

/// Markdown editors write a picture's path from the file (`../media/anh.jpg` in
/// `content/stories/x.md`), where SPEC §1 writes it from `content/` (`media/anh.jpg`): both name
/// the same file, so both are taken and published; a `..` that leads out of `content/` is not.
final class BodyLinkFromFileTests: XCTestCase {
    private func story(slug: String, body: String, image: String? = nil) -> String {
        StoryText.binhMinh(slug: slug, body: body, image: image)
    }

    func testAPathFromTheFileThatStaysInContentIsTakenAndLinkedToThePublishedFile() throws {
        let built = try BuiltSite.build(changes: [
            "content/stories/hien-dat.md": story(slug: "hien-dat", body: "![Ảnh lũ](../media/ap-bac.svg)"),
            "content/stories/2024/mo-duong.md": story(slug: "mo-duong", body: "![Con đường](../../media/ap-bac.svg#khung)\n\n[Ảnh gốc](./../../media/ap-bac.svg)"),
        ])
        XCTAssertTrue(built.report.succeeded, built.report.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(built.page("guong-dien-hinh/hien-dat/index.html").contains("src=\"../../media/ap-bac.svg\""))
        let deeper = built.page("guong-dien-hinh/mo-duong/index.html")
        XCTAssertTrue(deeper.contains("src=\"../../media/ap-bac.svg#khung\""), deeper)
        XCTAssertTrue(deeper.contains("href=\"../../media/ap-bac.svg\""), deeper)
        XCTAssertTrue(FileManager.default.fileExists(atPath: built.output.appending(path: "media/ap-bac.svg").path))
    }

    func testAPathFromTheFileToAMissingPictureNamesThePictureInContent() throws {
        let path = "content/stories/hien-dat.md"
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            path: story(slug: "hien-dat", body: "![Ảnh lũ](../media/lu-dem.svg)"),
        ]))
        assertDiagnostics(loaded, [.error(path, 8, "không tìm thấy tệp 'media/lu-dem.svg' trong content/")])
    }

    func testAPathThatLeadsOutOfContentIsStillRefused() throws {
        let path = "content/stories/hien-dat.md"
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            path: story(slug: "hien-dat", body: "![Hồ sơ](../../site.yaml)\n\n![Ngoài](../../../ngoai.png)\n\n![Vòng](../../content/../../ngoai.png)"),
        ]))
        assertDiagnostics(loaded, [
            .error(path, 8, "'../../site.yaml' trong bài không dùng được: đường dẫn có '..' ra ngoài thư mục content/"),
            .error(path, 10, "'../../../ngoai.png' trong bài không dùng được: đường dẫn có '..' ra ngoài thư mục content/"),
            .error(path, 12, "'../../content/../../ngoai.png' trong bài không dùng được: đường dẫn có '..' ra ngoài thư mục content/"),
        ])
    }

    func testAFrontMatterPathWrittenFromTheFileSaysWhatToWrite() throws {
        let path = "content/stories/hien-dat.md"
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            path: story(slug: "hien-dat", body: "Nội dung.", image: "../media/ap-bac.svg"),
        ]))
        assertDiagnostics(loaded, [.error(path, 7, "hãy ghi 'media/ap-bac.svg' / the path is written from content/: write 'media/ap-bac.svg'")])
    }
}
