@testable import BonTotKit
import XCTest

/// What an editor leaves beside the file being edited is no content a clerk dropped in the wrong
/// place: no "tệp không được đọc" warning for it, one kind at a time; a file of another kind among
/// the minutes is still named, and `bontot convert`'s `.orig` still left alone.
final class UnreadFileTests: XCTestCase {
    private func warning(_ path: String, folder: String = "content/minutes") -> Diagnostic? {
        UnreadFile.diagnostic(path: path, folder: folder, extensions: ["md"])
    }

    func testABackupEndingInATildeIsLeftAlone() {
        XCTAssertNil(warning("content/minutes/2024-09-05-cb01.md~"))
        XCTAssertNil(UnreadFile.diagnostic(path: "content/branches/ap-1.yaml~", folder: "content/branches", extensions: ["yaml", "yml", "md"]))
    }

    func testABakBackupIsLeftAlone() {
        XCTAssertNil(warning("content/minutes/2024-09-05-cb01.md.bak"))
        XCTAssertNil(warning("content/minutes/2024/2024-09-05-cb01.MD.BAK"))
    }

    func testAnEmacsAutosaveIsLeftAlone() {
        XCTAssertNil(warning("content/minutes/#2024-09-05-cb01.md#"))
    }

    func testAVimSwapFileIsLeftAlone() {
        XCTAssertNil(warning("content/minutes/2024-09-05-cb01.md.swp"))
        XCTAssertNil(warning("content/minutes/2024-09-05-cb01.md.swo"))
    }

    func testOfficeLockFilesAndExplorersFilesAreLeftAloneInAnyCase() {
        for path in ["content/minutes/~$2024-09-05-cb01.docx", "content/minutes/Thumbs.db", "content/minutes/2024/THUMBS.DB",
                     "content/minutes/desktop.ini", "content/minutes/Desktop.INI"] {
            XCTAssertNil(warning(path), path)
        }
    }

    func testOtherFilesAreStillNamedAndConvertsOriginalStillLeftAlone() {
        XCTAssertNil(warning("content/minutes/2024-09-05-cb01.md.orig"))
        for path in ["content/minutes/2024-09-05-cb01.txt", "content/minutes/#2024-09-05-cb01.md", "content/minutes/2024-09-05-cb01.md.old",
                     "content/minutes/~2024-09-05-cb01.md.docx"] {
            XCTAssertEqual(warning(path)?.message.hasPrefix("tệp không được đọc"), true, path)
        }
    }
}
