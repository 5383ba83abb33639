import BonTotKit
import XCTest

/// No path in the content may lead outside the site: absolute paths, `..`, or links (SPEC §6).
final class MediaValidationTests: XCTestCase {
    private let branch = "content/branches/cong-an-xa.yaml"

    private func branchWithPhoto(_ photo: String) -> FileChange {
        .text("name: Chi bộ Công an xã\nkind: cong-an\nphoto: \(photo)\n")
    }

    func testAbsoluteMediaPath() throws {
        try assertDiagnostics([branch: branchWithPhoto("/etc/passwd")],
                              [.error(branch, 3, "the path must be relative, not absolute")])
        try assertDiagnostics([branch: branchWithPhoto("'C:\\Users\\VanPhong\\anh.jpg'")],
                              [.error(branch, 3, "the path must be relative, not absolute")])
    }

    func testMediaPathWithParentFolder() throws {
        let story = "content/stories/hien-dat.md"
        try assertDiagnostics([story: "---\ntitle: Hiến đất\nkind: tap-the\ndate: 2024-08-15\nimage: media/../../site.yaml\n---\n"],
                              [.error(story, 5, "the path must not contain '..'")])
    }

    func testMissingMediaSuggestsTheClosestFile() throws {
        try assertDiagnostics([branch: branchWithPhoto("media/ap1.svg")],
                              [.error(branch, 3, "file not found (có phải 'media/ap-1.svg'? / did you mean 'media/ap-1.svg'?)")])
    }

    /// A phone's HEIC photo moved to the media as it is and linked is told to be saved as JPG
    /// (most browsers show nothing in its place); it was published in silence.
    func testAPhotoFewBrowsersShowLinkedFromTheMediaIsToBeSavedAsJPG() throws {
        try assertDiagnostics(["content/media/IMG_0001.HEIC": .text("x"), branch: branchWithPhoto("media/IMG_0001.HEIC")],
                              [.warning(branch, 3, "most browsers and the printed bulletin cannot show a .heic picture: "
                                        + "save it as 'media/IMG_0001.jpg' and write that")])
        try assertDiagnostics(["content/media/IMG_0001.jpg": .text("x"), branch: branchWithPhoto("media/IMG_0001.jpg")], [])
    }

    func testMediaLinkLeadingOutsideTheSite() throws {
        let root = try ValidationSite.make("minimal", ["content/media/ngoai.jpg": .link(to: "../../../outside.jpg")])
        try Data("secret".utf8).write(to: root.deletingLastPathComponent().appending(path: "outside.jpg"))
        let loaded = SiteLoader.load(root: root)
        assertDiagnostics(loaded, [.error("content/media/ngoai.jpg", 1, "the link leads outside the site")])
        XCTAssertEqual(loaded.site?.media, ["media/ap-1.svg"])
    }

    func testContentFileLinkLeadingOutsideTheSite() throws {
        let root = try ValidationSite.make("minimal", ["content/branches/ngoai.yaml": .link(to: "../../../outside.yaml")])
        try Data("name: Ngoài\nkind: khac\n".utf8).write(to: root.deletingLastPathComponent().appending(path: "outside.yaml"))
        assertDiagnostics(SiteLoader.load(root: root), [.error("content/branches/ngoai.yaml", 1, "the link leads outside the site")])
    }

    func testLinksInsideTheSiteAreFine() throws {
        let loaded = try ValidationSite.load("minimal", ["content/media/anh-2.svg": .link(to: "ap-1.svg")])
        assertDiagnostics(loaded, [])
        XCTAssertEqual(loaded.site?.media, ["media/anh-2.svg", "media/ap-1.svg"])
    }

    func testBrokenLinkAndLinkLoop() throws {
        try assertDiagnostics(["content/media/hong.jpg": .link(to: "khong-co.jpg"), "content/media/vong": .link(to: ".")],
                              [.error("content/media/hong.jpg", 1, "broken link")])
    }
}
