@testable import BonTotKit
import XCTest

/// An editor's leftover is told by its name's bytes before its characters (every file listed
/// is asked): the quick look at the bytes must give the answers the characters give, for names
/// whose last or first character is `~` or `#` with a mark joined to it too.
final class EditorLeftoverNameTests: XCTestCase {
    func testBackupsAutosavesAndSwapFilesAreLeftovers() {
        for name in ["bien-ban-2024-09.md~", "~", "#bien-ban-2024-09.md#", "##", "#a#", "ghi chú.md.bak", "anh.SWP"] {
            XCTAssertTrue(UnreadFile.isNotPutThereOnPurpose(Substring(name)), name)
        }
    }

    func testOtherNamesAreNot() {
        for name in ["#", "bien-ban.md", "#bien-ban.md", "bien-ban.md#", "a~\u{301}", "#\u{301}a#", "#a#\u{301}", "~a", "\u{0600}~", "báo cáo.docx"] {
            XCTAssertFalse(UnreadFile.isNotPutThereOnPurpose(Substring(name)), name)
        }
    }
}
