@testable import BonTotKit
import XCTest

/// Each file of a listing is told its own folder, also where a sorted listing of folders and
/// their subfolders comes back to a folder it left (`2024/a.md`, `2024/chi-bo/b.md`,
/// `2024/z.md`), and where a folder's name is the start of another's (`2024` and `2024-cu`).
final class ListedFoldersTests: XCTestCase {
    func testEveryFileIsToldItsOwnFolder() {
        let paths = ["/s/content/minutes/2024-cu/x.md", "/s/content/minutes/2024/a.md", "/s/content/minutes/2024/chi-bo/b.md",
                     "/s/content/minutes/2024/chi-bo/c.md", "/s/content/minutes/2024/z.md", "/s/content/minutes/2025/a.md",
                     "/s/content/minutes/tệp.md", "/s/content/minutes/2024/chi-bo/d.md", "no-folder.md"]
        let listed = ListedFolders(paths)
        XCTAssertEqual(listed.folderOfFile.count, paths.count)
        for (index, path) in paths.enumerated() {
            XCTAssertEqual(listed.folders[listed.folderOfFile[index]], PathParts.folder(of: path), path)
        }
        XCTAssertEqual(listed.folders.count, Set(paths.map(PathParts.folder(of:))).count, "each folder is named once")
    }
}
