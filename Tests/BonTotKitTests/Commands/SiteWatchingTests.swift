import BonTotKit
@testable import BonTotServe
import Foundation
import XCTest

/// How `bontot serve` notices a save: the system tells it of changes in the site's folders, so
/// while nothing changes it does not look at every file of the site three times a second (a
/// site of 36,000 minutes kept a tenth of a core busy doing that); told of a change, it looks,
/// and builds once the files have settled. Writes that no build reads (`output/`, the build's
/// cache, a note beside `site.yaml`) are not looked into. Every file is still looked at now and
/// then, for what the system does not tell (a file behind a link, a shared folder edited from
/// another computer). The intervals are driven by hand (`tick`): nothing here waits on a clock.
final class SiteWatchingTests: SiteCopyTestCase {
    private func site(_ fixture: String) throws -> URL {
        try copyOfFixture(fixture)
    }

    /// Checks that what `save` does is told and built two intervals later, after two looks at
    /// every file: the one that sees it and the one that finds it settled.
    private func assertToldAndBuilt(_ watching: inout SiteWatching, _ message: String, after save: () throws -> Void,
                                    file: StaticString = #filePath, line: UInt = #line) throws {
        let looks = watching.fullLooks
        try save()
        XCTAssertEqual(ticksUntilBuild(&watching), 2, message, file: file, line: line)
        XCTAssertEqual(watching.fullLooks, looks + 2, message, file: file, line: line)
    }

    /// Checks that none of the next `ticks` intervals says to build: what was saved is no change.
    private func assertNoBuild(_ watching: inout SiteWatching, _ message: String = "", ticks: Int = 3,
                               file: StaticString = #filePath, line: UInt = #line) {
        for _ in 1...ticks { XCTAssertFalse(watching.tick(), message, file: file, line: line) }
    }

    /// Ticks until one says to build, at most `limit`; the ticks it took, nil if none did.
    private func ticksUntilBuild(_ watching: inout SiteWatching, limit: Int = 5) -> Int? {
        for count in 1...limit where watching.tick() { return count }
        return nil
    }

    func testWhileNothingChangesNoFileIsLookedAt() throws {
        var watching = SiteWatching(root: try site("portal"), fullLookEvery: 1000)
        XCTAssertTrue(watching.isTold, "Linux tells of changes in folders (inotify)")
        assertNoBuild(&watching, ticks: 20)
        XCTAssertEqual(watching.fullLooks, 0)
    }

    func testASavedMinutesFileIsBuiltOnceTheFilesSettle() throws {
        let root = try site("portal")
        var watching = SiteWatching(root: root, fullLookEvery: 1000)
        try append("\nThêm một câu.\n", to: root.appending(path: "content/minutes/2024/ap-bac-2024-09.md"))
        XCTAssertFalse(watching.tick(), "the change is seen, not yet settled")
        XCTAssertTrue(watching.tick(), "one interval later, unchanged: build")
        XCTAssertEqual(watching.fullLooks, 2)
        assertNoBuild(&watching, ticks: 5)
        XCTAssertEqual(watching.fullLooks, 2, "after the build, quiet again")
    }

    /// `serve` takes the files before its first build reads them and watches once it is done: a
    /// save in between is built.
    func testAFileSavedBeforeTheWatchingBeganIsBuilt() throws {
        let root = try site("portal")
        let read = PortalFiles(root: root)
        try append("\nThêm một câu.\n", to: root.appending(path: "content/minutes/2024/ap-bac-2024-09.md"))
        var watching = SiteWatching(root: root, fullLookEvery: 1000, since: read)
        XCTAssertEqual(ticksUntilBuild(&watching), 2, "the first interval looks at every file, and sees the save")
        XCTAssertEqual(watching.fullLooks, 2)
        assertNoBuild(&watching)
    }

    func testAFileStillBeingWrittenWaitsUntilItStops() throws {
        let root = try site("portal")
        let minutes = root.appending(path: "content/minutes/2024/ap-bac-2024-09.md")
        var watching = SiteWatching(root: root, fullLookEvery: 1000)
        try append("\nMột câu.\n", to: minutes)
        XCTAssertFalse(watching.tick())
        try append("Câu nữa.\n", to: minutes)
        XCTAssertFalse(watching.tick(), "still changing")
        XCTAssertTrue(watching.tick())
    }

    func testWhatNoBuildReadsIsNotLookedInto() throws {
        let root = try site("portal")
        var watching = SiteWatching(root: root, fullLookEvery: 1000)
        try FileManager.default.createDirectory(at: root.appending(path: "output"), withIntermediateDirectories: true)
        try Data("<html>".utf8).write(to: root.appending(path: "output/index.html"))
        try FileManager.default.createDirectory(at: root.appending(path: ".bontot-cache"), withIntermediateDirectories: true)
        try Data("cache".utf8).write(to: root.appending(path: ".bontot-cache/manifest"))
        try Data("ghi chú".utf8).write(to: root.appending(path: "ghi-chu.txt"))
        assertNoBuild(&watching)
        XCTAssertEqual(watching.fullLooks, 0)

        try append("\ntitle_note: x\n", to: root.appending(path: "site.yaml"))
        XCTAssertEqual(ticksUntilBuild(&watching), 2, "site.yaml beside them is read by every build")
    }

    /// An editor's autosave, backup and swap files and Office's lock file, written every few
    /// seconds beside the minutes being edited, are read by no build: no rebuild for them.
    func testAnEditorsLeftoversAreNoChange() throws {
        let root = try site("portal")
        var watching = SiteWatching(root: root, fullLookEvery: 1000)
        let minutes = root.appending(path: "content/minutes/2024")
        for name in ["#ap-bac-2024-09.md#", "ap-bac-2024-09.md~", "ap-bac-2024-09.md.swp", ".ap-bac-2024-09.md.swp",
                     "~$bien-ban.docx", "Thumbs.db"] {
            try Data("tạm".utf8).write(to: minutes.appending(path: name))
            assertNoBuild(&watching, "\(name) is no change")
            try append("thêm", to: minutes.appending(path: name))
            assertNoBuild(&watching, "\(name) saved again is no change")
        }
        try Data("tạm".utf8).write(to: root.appending(path: "content/~$a.docx"))
        assertNoBuild(&watching, "a lock file in content/ is no change")

        try Data("---\ntitle: Mới\n---\n".utf8).write(to: minutes.appending(path: "ap-moi-2024-10.md"))
        XCTAssertEqual(ticksUntilBuild(&watching), 2, "a real minutes file saved beside them still is")
    }

    /// Saving an autosave or lock file does not even set off a look at every file, which costs a
    /// large site a tenth of a second of a core each time.
    func testAnAutosaveDoesNotSetOffALookAtEveryFile() throws {
        let root = try site("portal")
        var watching = SiteWatching(root: root, fullLookEvery: 1000)
        let minutes = root.appending(path: "content/minutes/2024")
        for name in ["~$bienban.docx", ".#ap-bac-2024-09.md", "ap-bac-2024-09.md~", "ap-bac-2024-09.md.swp"] {
            try Data("tạm".utf8).write(to: minutes.appending(path: name))
            XCTAssertFalse(watching.tick(), name)
            try FileManager.default.removeItem(at: minutes.appending(path: name))
            XCTAssertFalse(watching.tick(), name)
        }
        XCTAssertEqual(watching.fullLooks, 0)

        try assertToldAndBuilt(&watching, "the minutes saved beside them are") {
            try append("\nThêm một câu.\n", to: minutes.appending(path: "ap-bac-2024-09.md"))
        }
    }

    /// The theme takes no Swift source: a `.swift` file saved in `templates/` (a copy of the
    /// built-in folder holds `BonTotTheme.swift`) changes no build, so no rebuild for it.
    func testSwiftSourceInTheThemeIsNoChange() throws {
        let root = try site("portal")
        try FileManager.default.createDirectory(at: root.appending(path: "templates"), withIntermediateDirectories: true)
        var watching = SiteWatching(root: root, fullLookEvery: 1000)
        try Data("let x = 1\n".utf8).write(to: root.appending(path: "templates/x.swift"))
        assertNoBuild(&watching, "templates/x.swift is no change")
        try append("let y = 2\n", to: root.appending(path: "templates/x.swift"))
        assertNoBuild(&watching, "templates/x.swift saved again is no change")

        try Data("p { margin: 0; }\n".utf8).write(to: root.appending(path: "templates/rieng.css"))
        XCTAssertEqual(ticksUntilBuild(&watching), 2, "a stylesheet saved beside it still is")
    }

    func testAFileSavedInAFolderMadeWhileWatchingIsNoticed() throws {
        let root = try site("portal")
        var watching = SiteWatching(root: root, fullLookEvery: 1000)
        let folder = root.appending(path: "content/stories/nam-2024")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let story = folder.appending(path: "guong-moi.md")
        try Data("---\ntitle: Gương mới\ndate: 2024-09-10\n---\nNội dung.\n".utf8).write(to: story)
        XCTAssertEqual(ticksUntilBuild(&watching), 2)

        try assertToldAndBuilt(&watching, "the new folder is watched too") { try append("Thêm một đoạn.\n", to: story) }
    }

    func testAFileSavedInAnEmptyFolderMadeEarlierIsNoticed() throws {
        let root = try site("portal")
        var watching = SiteWatching(root: root, fullLookEvery: 1000)
        let folder = root.appending(path: "templates/partials")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        assertNoBuild(&watching, "an empty folder changes no file a build reads")
        try assertToldAndBuilt(&watching, "the folder made empty is watched too") {
            try Data("<p>{{name}}</p>\n".utf8).write(to: folder.appending(path: "branch-card.mustache"))
        }
    }

    func testAFolderRemovedAndMadeAgainBetweenTwoLooksIsStillWatched() throws {
        let root = try site("portal")
        var watching = SiteWatching(root: root, fullLookEvery: 1000)
        let folder = root.appending(path: "content/minutes/2024")
        let saved = root.deletingLastPathComponent().appending(path: "minutes-2024")
        try FileManager.default.moveItem(at: folder, to: saved)
        try FileManager.default.copyItem(at: saved, to: folder)
        XCTAssertEqual(ticksUntilBuild(&watching), 2)

        try assertToldAndBuilt(&watching, "the folder made again is watched") {
            try append("\nThêm một câu.\n", to: folder.appending(path: "ap-bac-2024-09.md"))
        }
    }

    func testAnEditInAUnitsFolderOfADistrictIsNoticed() throws {
        let root = try site("district")
        var watching = SiteWatching(root: root, fullLookEvery: 1000)
        try append("\nThêm một câu.\n", to: root.appending(path: "xa-a/content/minutes/2024/ap-1-2024-09.md"))
        XCTAssertEqual(ticksUntilBuild(&watching), 2)
    }

    func testEveryFileIsLookedAtNowAndThenForWhatTheSystemDoesNotTell() throws {
        let root = try site("portal")
        // A minutes file kept elsewhere and linked into the site: an edit of it happens in a
        // folder nobody watches.
        let elsewhere = root.deletingLastPathComponent().appending(path: "elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let kept = elsewhere.appending(path: "ap-bac-2024-10.md")
        try FileManager.default.moveItem(at: root.appending(path: "content/minutes/2024/ap-bac-2024-09.md"), to: kept)
        try FileManager.default.createSymbolicLink(at: root.appending(path: "content/minutes/2024/ap-bac-2024-09.md"),
                                                   withDestinationURL: kept)
        var watching = SiteWatching(root: root, fullLookEvery: 4)
        try append("\nThêm một câu.\n", to: kept)
        assertNoBuild(&watching)
        XCTAssertEqual(watching.fullLooks, 0, "not told")
        XCTAssertFalse(watching.tick(), "the fourth interval looks at every file, and sees the change")
        XCTAssertEqual(watching.fullLooks, 1)
        XCTAssertTrue(watching.tick())
    }

    func testWhereTheSystemTellsNothingEveryFileIsLookedAtEachInterval() throws {
        let root = try site("portal")
        var watching = SiteWatching(root: root, fullLookEvery: 1000, events: false)
        XCTAssertFalse(watching.isTold)
        XCTAssertFalse(watching.tick())
        XCTAssertEqual(watching.fullLooks, 1)
        try append("\nThêm một câu.\n", to: root.appending(path: "content/minutes/2024/ap-bac-2024-09.md"))
        XCTAssertEqual(ticksUntilBuild(&watching), 2)
    }
}
