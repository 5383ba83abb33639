import BonTotKit
import Foundation
import XCTest

/// What an editor leaves beside a file of `content/media/` (a backup `anh.jpg~` or
/// `bao-cao.pdf.bak`, Emacs's `#…#`, Vim's `.swp`) is no photo or document a clerk put there:
/// it is not published in `media/` of the portal, and its name, which Windows might refuse or
/// take for another's, is not warned about, as among the content files (`UnreadFile`).
final class MediaEditorLeftoverTests: XCTestCase {
    private static let picture = """
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
        """

    func testEditorBackupsAndSwapFilesAmongTheMediaAreNotPublished() throws {
        let built = try BuiltSite.build(changes: [
            "content/media/anh.svg": Self.picture,
            "content/media/anh.svg~": Self.picture,
            "content/media/bao-cao.pdf.bak": "%PDF-1.4",
            "content/media/#ghi-chu.txt#": "ghi chú",
            "content/media/2024/anh-hop.svg.swp": "vim",
            "content/media/2024/anh-hop.svg.SWO": "vim",
        ])
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        XCTAssertEqual(built.outputFiles().filter { $0.hasPrefix("media/") }, ["media/anh.svg", "media/ap-bac.svg"])
    }

    func testTheNamesOfEditorLeftoversAmongTheMediaAreNotWarnedAbout() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            "content/media/Anh.svg": Self.picture,
            "content/media/Anh.svg~": Self.picture,
            "content/media/anh.svg~": Self.picture,
            "content/media/con.svg.bak": Self.picture,
            "content/media/#Biên bản: họp?.pdf#": "%PDF-1.4",
        ]))
        assertDiagnostics(loaded, [])
    }
}
