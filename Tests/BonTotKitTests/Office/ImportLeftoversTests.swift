@testable import BonTotKit
import Foundation
import XCTest

/// `bontot import minutes DIR` passes over what no clerk put in the folder, by the rule content
/// folders and the media follow (`UnreadFile.isNotPutThereOnPurpose`): Word's lock files, also
/// the one of a document whose name is decomposed (NFD, as macOS's older disks keep names), an
/// editor's backups, Explorer's `Thumbs.db`. None is imported, none is named as unreadable.
final class ImportLeftoversTests: DocumentsSiteTestCase {

    /// A folder of the minutes beside the files Word, editors and Windows leave there.
    private func folder(with leftovers: [String]) throws -> URL {
        let folder = root.deletingLastPathComponent().appending(path: "tu-word")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try OfficeFixtures.data("bien-ban-python-docx.docx").write(to: folder.appending(path: "thang-10.docx"))
        for name in leftovers { try Data([1, 2, 3]).write(to: folder.appending(path: name)) }
        return folder
    }

    /// What the import says of a file of the folder.
    private func named(_ report: MinutesImport.Report) -> [String] {
        report.diagnostics.sorted.filter { $0.location.file.hasPrefix("tu-word/") }.map(\.description)
    }

    /// Word's lock file of `Bản kiểm điểm.docx` named in NFD is `~$` and then the rest of the
    /// name from its third UTF-16 unit: a combining hook above, which joins the `$` into one
    /// character, so that a test of the name's first characters missed it; it was imported, and
    /// reported as "not a valid Office file".
    func testTheLockFileOfADecomposedNameIsNotImported() throws {
        let lock = "~$" + String("Bản kiểm điểm.docx".decomposedStringWithCanonicalMapping.utf16.dropFirst(2))!
        let folder = try folder(with: [lock])
        let report = MinutesImport.run(folder, source: "tu-word", siteRoot: root, branch: "ap-1", kind: nil, dryRun: true)
        XCTAssertEqual(report.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10.md"])
        XCTAssertEqual(named(report), [], "a lock file is no document of the folder")
    }

    func testEditorsAndExplorersLeftoversAreNotImported() throws {
        let folder = try folder(with: ["~$Biên bản.docx", "~$ên bản.DOCX", "Biên bản.docx~", "#thang-10.docx#", "thang-10.docx.bak",
                                       "thang-10.docx.swp", "Thumbs.db", "desktop.ini"])
        let report = MinutesImport.run(folder, source: "tu-word", siteRoot: root, branch: "ap-1", kind: nil, dryRun: true)
        XCTAssertEqual(report.outcomes.map(\.path), ["content/minutes/2024/ap-1-2024-10.md"])
        XCTAssertEqual(named(report), [])
    }

    /// A folder holding nothing but a lock file has no minutes: said as of an empty folder.
    func testAFolderOfLeftoversOnlyHasNoDocument() throws {
        let folder = root.deletingLastPathComponent().appending(path: "tu-word")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lock = "~$" + String("Bản kiểm điểm.docx".decomposedStringWithCanonicalMapping.utf16.dropFirst(2))!
        try Data([1, 2, 3]).write(to: folder.appending(path: lock))
        let report = MinutesImport.run(folder, source: "tu-word", siteRoot: root, branch: "ap-1", kind: nil, dryRun: true)
        XCTAssertEqual(report.outcomes.map(\.path), [])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description),
                       ["tu-word:1: warning: thư mục không có tệp .docx hay .odt nào / no .docx or .odt in the folder"])
    }
}
