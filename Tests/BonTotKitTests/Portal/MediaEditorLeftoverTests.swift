import BonTotKit
import Foundation
import XCTest

/// What an editor leaves beside a file of `content/media/` (a backup `anh.jpg~` or
/// `bao-cao.pdf.bak`, Emacs's `#…#`, Vim's `.swp`, the `.tmp` of a Word or LibreOffice save), and what Office and Windows Explorer leave in
/// a folder (a lock file `~$bao-cao.docx`, `Thumbs.db`, `desktop.ini`), is no photo or document a
/// clerk put there: it is not published in `media/` of the portal, and its name, which Windows
/// might refuse or take for another's, is not warned about, as among the content files
/// (`UnreadFile`). Hidden files (`.DS_Store`, a Mac's `._anh.svg`) are not published either; a
/// `.orig` is a clerk's file among the media (`bontot convert` rewrites only text): published.
final class MediaEditorLeftoverTests: XCTestCase {
    func testEditorBackupsAndSwapFilesAmongTheMediaAreNotPublished() throws {
        let built = try BuiltSite.build(changes: [
            "content/media/anh.svg": MediaFixture.picture,
            "content/media/anh.svg~": MediaFixture.picture,
            "content/media/bao-cao.pdf.bak": "%PDF-1.4",
            "content/media/#ghi-chu.txt#": "ghi chú",
            "content/media/2024/anh-hop.svg.swp": "vim",
            "content/media/2024/anh-hop.svg.SWO": "vim",
            "content/media/~WRL0001.tmp": "Word",
            "content/media/2024/lu4f2a9c.tmp": "LibreOffice",
        ])
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        XCTAssertEqual(built.outputFiles().filter { $0.hasPrefix("media/") }, ["media/anh.svg", "media/ap-bac.svg"])
    }

    func testOfficeLockFilesAndExplorersFilesAmongTheMediaAreNotPublished() throws {
        let built = try BuiltSite.build(changes: [
            "content/media/anh.svg": MediaFixture.picture,
            "content/media/~$bao-cao.docx": "khoá của Word",
            "content/media/Thumbs.db": "ảnh thu nhỏ",
            "content/media/2024/THUMBS.DB": "ảnh thu nhỏ",
            "content/media/desktop.ini": "[.ShellClassInfo]",
            "content/media/2024/Desktop.INI": "[.ShellClassInfo]",
            "content/media/.DS_Store": "Finder",
            "content/media/._anh.svg": "AppleDouble",
            "content/media/bao-cao.pdf.orig": "%PDF-1.4",
        ])
        XCTAssertTrue(built.report.succeeded, built.report.problems)
        XCTAssertEqual(built.outputFiles().filter { $0.hasPrefix("media/") },
                       ["media/anh.svg", "media/ap-bac.svg", "media/bao-cao.pdf.orig"])
    }

    func testTheNamesOfEditorLeftoversAmongTheMediaAreNotWarnedAbout() throws {
        let loaded = SiteLoader.load(root: try BuiltSite.prepare("portal", changes: [
            "content/media/Anh.svg": MediaFixture.picture,
            "content/media/Anh.svg~": MediaFixture.picture,
            "content/media/anh.svg~": MediaFixture.picture,
            "content/media/con.svg.bak": MediaFixture.picture,
            "content/media/#Biên bản: họp?.pdf#": "%PDF-1.4",
            "content/media/~$Biên bản: họp?.docx": "khoá của Word",
            "content/media/Thumbs.db": "ảnh thu nhỏ",
            "content/media/thumbs.db": "ảnh thu nhỏ",
            "content/media/desktop.ini": "[.ShellClassInfo]",
            "content/media/Desktop.ini": "[.ShellClassInfo]",
        ]))
        assertDiagnostics(loaded, [])
    }
}
