import BonTotKit
import Foundation
import XCTest

/// A build that cannot trust the spare's manifest (`--clean`, or the first build of another
/// version of bontot) makes the new output in the spare all the same, writing every file anew
/// instead of removing the spare first. Its output must be byte for byte that of a fresh clean
/// build, whatever the spare held, and the published output must stay as it was until the
/// exchange, though most of its files are hard links shared with the spare.
final class CleanBuildOverSpareTests: XCTestCase {
    private static let minutes = "content/minutes/2024/binh-minh-2024-09.md"
    private static let spare = ".output.bontot-spare"

    /// Builds the fixture, edits one minutes file and builds incrementally, so the published
    /// output shares all its unchanged files with the spare (the first output) as hard links.
    private func siteWithLinkedSpare() throws -> IncrementalSite {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        try site.replace("Sinh hoạt thường kỳ tháng 9.", with: "Sinh hoạt thường kỳ tháng 9, bàn việc chống lũ.", in: Self.minutes)
        let incremental = site.build()
        XCTAssertTrue(incremental.succeeded, incremental.problems)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.root.appending(path: Self.spare).path))
        return site
    }

    /// What a clean build of the site's inputs as they are now gives, in a fresh folder.
    private func freshCleanBuild(of site: IncrementalSite) throws -> OutputTree {
        let copy = try site.copyOfInputs(named: "fresh-copy")
        let report = copy.build(clean: true, output: site.sibling("fresh-output"))
        XCTAssertTrue(report.succeeded, report.problems)
        return OutputTree(site.sibling("fresh-output"))
    }

    func testACleanBuildOverASpareEqualsAFreshOneAndLeavesThePublishedFilesAlone() throws {
        let site = try siteWithLinkedSpare()
        let published = OutputTree(site.output)
        // The edited page is the spare's own file (the published one differs).
        try site.replace("bàn việc chống lũ", with: "bàn việc phòng chống lũ", in: Self.minutes)
        // A page the published output shares with the spare as one file: the new one must be
        // a file of its own.
        try site.replace("**giao nhiệm vụ**", with: "**giao nhiệm vụ cụ thể**", in: "content/minutes/2024/ap-bac-2024-09.md")

        let report = site.build(clean: true)
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, report.pages, "a clean build renders every page")
        assertSameTree(OutputTree(site.output), try freshCleanBuild(of: site), "the clean build made over the spare")
        // The output published before the clean build is now the spare: not one of its files
        // was written through a hard link while the new output was made.
        assertSameTree(OutputTree(site.root.appending(path: Self.spare)), published, "the output published before the clean build")
        assertNothingLeftBeside(site)

        let again = site.build()
        XCTAssertEqual(again.rendered, 0, "the clean build's manifest describes what it made")
    }

    func testWhatTheSpareHeldBesideTheSiteIsClearedAway() throws {
        let site = try siteWithLinkedSpare()
        let spare = site.root.appending(path: Self.spare)
        let outside = site.sibling("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: outside.appending(path: "file.html"))
        let manager = FileManager.default
        // A file of the spare's own (no other name: the search index's part that the edit
        // changed) whose mode was changed: it is published with a new file's mode.
        let ownPage = try XCTUnwrap(OutputTree(spare).paths.first { path in
            !["sinh-hoat/", "chi-bo/", "ban-tin/", "xep-hang/", "."].contains(where: path.hasPrefix) && path != "index.html"
                && (try? manager.attributesOfItem(atPath: spare.appending(path: path).path)[.referenceCount] as? Int) == 1
        })
        // A file and a folder the site no longer has.
        try Data("stale".utf8).write(to: spare.appending(path: "stale.html"))
        try manager.createDirectory(at: spare.appending(path: "old/deep"), withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: spare.appending(path: "old/deep/index.html"))
        // A folder where a page goes, and a file where a folder goes.
        let page = spare.appending(path: "sinh-hoat/binh-minh-2024-09/index.html")
        try manager.removeItem(at: page)
        try manager.createDirectory(at: page.appending(path: "inner"), withIntermediateDirectories: true)
        try manager.removeItem(at: spare.appending(path: "xep-hang"))
        try Data("not a folder".utf8).write(to: spare.appending(path: "xep-hang"))
        // Links out of the spare where a page and a folder go: never written through.
        try manager.removeItem(at: spare.appending(path: "index.html"))
        try manager.createSymbolicLink(at: spare.appending(path: "index.html"), withDestinationURL: outside.appending(path: "file.html"))
        try manager.removeItem(at: spare.appending(path: "chi-bo"))
        try manager.createSymbolicLink(at: spare.appending(path: "chi-bo"), withDestinationURL: outside)
        // A link out in the middle of a page's path (sinh-hoat/2024/09/index.html), where a file
        // of the same name waits outside; a link to itself; a name that is not UTF-8.
        try manager.createDirectory(at: outside.appending(path: "09"), withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: outside.appending(path: "09/index.html"))
        try manager.removeItem(at: spare.appending(path: "sinh-hoat/2024"))
        try manager.createSymbolicLink(at: spare.appending(path: "sinh-hoat/2024"), withDestinationURL: outside)
        try manager.removeItem(at: spare.appending(path: "ban-tin"))
        try manager.createSymbolicLink(atPath: spare.appending(path: "ban-tin").path, withDestinationPath: "ban-tin")
        let strange = Array("\(spare.path)/t".utf8CString.dropLast()) + [CChar(bitPattern: 0xFF)] + Array("n.html".utf8CString)
        let descriptor = open(strange, O_CREAT | O_WRONLY | O_CLOEXEC, 0o644)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        close(descriptor)
        // A folder so named, holding a file named as a page of the site.
        let strangeFolder = Array("\(spare.path)/d".utf8CString.dropLast()) + [CChar(bitPattern: 0xFE), 0]
        XCTAssertEqual(mkdir(strangeFolder, 0o755), 0)
        let inner = Array(strangeFolder.dropLast()) + Array("/index.html".utf8CString)
        let innerFile = open(inner, O_CREAT | O_WRONLY | O_CLOEXEC, 0o644)
        XCTAssertGreaterThanOrEqual(innerFile, 0)
        close(innerFile)
        try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: spare.appending(path: ownPage).path)

        let report = site.build(clean: true)
        XCTAssertTrue(report.succeeded, report.problems)
        assertSameTree(OutputTree(site.output), try freshCleanBuild(of: site), "the clean build made over a spare with leftovers")
        XCTAssertEqual(try manager.contentsOfDirectory(atPath: outside.path).sorted(), ["09", "file.html"], "nothing was written outside the site")
        XCTAssertEqual(try manager.contentsOfDirectory(atPath: outside.appending(path: "09").path), ["index.html"])
        XCTAssertEqual(try String(contentsOf: outside.appending(path: "file.html"), encoding: .utf8), "keep me")
        XCTAssertEqual(try String(contentsOf: outside.appending(path: "09/index.html"), encoding: .utf8), "keep me")
        let mode = { (root: URL) in try manager.attributesOfItem(atPath: root.appending(path: ownPage).path)[.posixPermissions] as? Int }
        XCTAssertEqual(try mode(site.output), try mode(site.sibling("fresh-output")), "\(ownPage) has a new file's mode")
    }

    func testASpareThatIsALinkIsReplacedNotFollowed() throws {
        let site = try siteWithLinkedSpare()
        let spare = site.root.appending(path: Self.spare)
        let outside = site.sibling("outside")
        try FileManager.default.moveItem(at: spare, to: outside)
        try FileManager.default.createSymbolicLink(at: spare, withDestinationURL: outside)
        let before = OutputTree(outside)

        let report = site.build(clean: true)
        XCTAssertTrue(report.succeeded, report.problems)
        assertSameTree(OutputTree(site.output), try freshCleanBuild(of: site), "the clean build beside a linked spare")
        assertSameTree(OutputTree(outside), before, "the folder the spare linked to")
    }

    func testAnIncrementalBuildWhoseSpareLostItsManifestEqualsAFreshOne() throws {
        let site = try siteWithLinkedSpare()
        try FileManager.default.removeItem(at: site.root.appending(path: ".bontot-cache/spare.bin"))
        let published = OutputTree(site.output)
        try site.replace("**giao nhiệm vụ**", with: "**giao nhiệm vụ cụ thể**", in: "content/minutes/2024/ap-bac-2024-09.md")

        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertLessThan(report.rendered, report.pages, "the published output's manifest still spares the unchanged pages")
        assertSameTree(OutputTree(site.output), try freshCleanBuild(of: site), "the build made in a spare nothing describes")
        assertSameTree(OutputTree(site.root.appending(path: Self.spare)), published, "the output published before")
    }

    func testAFailedCleanBuildLeavesThePublishedOutputAndRemovesTheSpare() throws {
        let site = try siteWithLinkedSpare()
        let published = OutputTree(site.output)
        // A key no model has fails the build while it renders, after it began writing into the spare.
        try site.write("templates/minutes.mustache", "{{<layout}}{{$main}}{{khongCoKhoaNay}}{{/main}}{{/layout}}\n")

        let report = site.build(clean: true)
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.problems.contains("khongCoKhoaNay"), report.problems)
        assertSameTree(OutputTree(site.output), published, "the output after a failed clean build")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.root.appending(path: Self.spare).path),
                       "the spare the failed build had begun to change is removed")
    }
}
