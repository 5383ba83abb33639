import BonTotKit
@testable import BonTotServe
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// Which events `bontot serve` is told of set off a look at every file of the site: a file a
/// build reads, saved, made or removed, does; an editor's autosave, backup or swap file and
/// Office's lock file, written every few seconds beside the minutes being edited, and the
/// theme's Swift source, which no build reads, do not.
final class FolderEventsTests: SiteCopyTestCase {
    #if os(Linux)
    private static let written = UInt32(IN_CLOSE_WRITE)

    /// The watched folder of a copy of the portal whose path ends in `suffix`.
    private func folder(_ suffix: String, in root: URL) throws -> WatchedFolders.Folder {
        try XCTUnwrap(WatchedFolders(root: root).folders.first { $0.path.hasSuffix(suffix) }, suffix)
    }

    func testAnAutosaveBesideTheMinutesIsNoEventThatMatters() throws {
        let minutes = try folder("/content/minutes/2024", in: try copyOfFixture("portal"))
        for name in ["~$bienban.docx", ".#ap-bac-2024-09.md", "ap-bac-2024-09.md~", "ap-bac-2024-09.md.swp",
                     "#ap-bac-2024-09.md#", "Thumbs.db"] {
            XCTAssertFalse(FolderEvents.matters(flags: Self.written, name: name, in: minutes), name)
        }
        XCTAssertTrue(FolderEvents.matters(flags: Self.written, name: "ap-bac-2024-09.md", in: minutes))
        XCTAssertTrue(FolderEvents.matters(flags: UInt32(IN_MOVED_TO), name: "ap-bac-2024-09.md", in: minutes),
                      "an editor renaming its temporary file onto the minutes")
        XCTAssertTrue(FolderEvents.matters(flags: Self.written, name: "bien-ban.docx", in: minutes),
                      "a Word document the folder warns of")
        XCTAssertTrue(FolderEvents.matters(flags: Self.written, name: "x.swift", in: minutes),
                      "a content folder warns of Swift source too")
    }

    func testAFolderNamedLikeALeftoverStillMatters() throws {
        let minutes = try folder("/content/minutes/2024", in: try copyOfFixture("portal"))
        XCTAssertTrue(FolderEvents.matters(flags: UInt32(IN_CREATE | IN_ISDIR), name: "cu~", in: minutes),
                      "a folder is walked whatever its name, but hidden")
        XCTAssertFalse(FolderEvents.matters(flags: UInt32(IN_CREATE | IN_ISDIR), name: ".git", in: minutes))
    }

    func testSwiftSourceInTheThemeIsNoEventThatMatters() throws {
        let root = try copyOfFixture("portal")
        try FileManager.default.createDirectory(at: root.appending(path: "templates"), withIntermediateDirectories: true)
        let templates = try folder("/templates", in: root)
        XCTAssertFalse(FolderEvents.matters(flags: Self.written, name: "x.swift", in: templates))
        XCTAssertFalse(FolderEvents.matters(flags: Self.written, name: "style.css~", in: templates))
        XCTAssertTrue(FolderEvents.matters(flags: Self.written, name: "style.css", in: templates))
    }

    func testInTheSitesFolderOnlyWhatABuildReadsMatters() throws {
        let root = try copyOfFixture("portal")
        let site = try XCTUnwrap(WatchedFolders(root: root).folders.first { $0.isSiteRoot })
        XCTAssertTrue(FolderEvents.matters(flags: Self.written, name: "site.yaml", in: site))
        XCTAssertFalse(FolderEvents.matters(flags: Self.written, name: "ghi-chu.txt", in: site))
        XCTAssertFalse(FolderEvents.matters(flags: Self.written, name: "site.yaml~", in: site))
    }
    #endif
}
