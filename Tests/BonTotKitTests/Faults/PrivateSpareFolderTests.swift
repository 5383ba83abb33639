@testable import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `--output /srv/www/x` keeps the previous site beside the output, `.x.bontot-spare`, and makes
/// the next one there: inside the web root, where a server listing hidden folders published
/// both. They are now their owner's alone (0700), and the published output keeps its own mode.
final class PrivateSpareFolderTests: XCTestCase {
    private static func mode(_ url: URL) -> mode_t? {
        var info = stat()
        return lstat(url.path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    func testTheSpareAndTheSiteBeingMadeAreTheOwnersAloneAndTheOutputKeepsItsMode() throws {
        let site = try IncrementalSite.make(for: self)
        let spare = StagingFolder.spare(of: site.output)
        let sample = site.sibling("thu-muc-moi")
        try FileManager.default.createDirectory(at: sample, withIntermediateDirectories: true)
        let newFolder = try XCTUnwrap(Self.mode(sample))

        XCTAssertTrue(site.build().succeeded)
        XCTAssertEqual(Self.mode(site.output), newFolder, "the first output has a new folder's mode")

        try site.replace("Ấp Bắc", with: "Ấp Bắc mới", in: "content/branches/ap-bac.yaml")
        let seen = Modes()
        var options = BuildOptions(siteRoot: site.root)
        options.faults = WriteFaults { path in
            if path.hasPrefix(spare.path + "/") { seen.note(Self.mode(spare)) }
            return nil
        }
        XCTAssertTrue(SiteBuilder.build(options).succeeded)
        XCTAssertFalse(seen.all.isEmpty, "the build wrote into the folder beside the output")
        XCTAssertEqual(Set(seen.all), [0o700], "the site being made is its owner's alone")
        XCTAssertEqual(Self.mode(site.output), newFolder, "the published site is readable as before")
        XCTAssertEqual(Self.mode(spare), 0o700, "the previous site, kept beside the output, is its owner's alone")
        XCTAssertTrue(OutputTree(site.output).text("chi-bo/ap-bac/index.html")?.contains("Ấp Bắc mới") == true)

        // The office opens the output to the web server's group only: kept through the swaps.
        XCTAssertEqual(chmod(site.output.path, 0o750), 0)
        for (round, name) in ["Ấp Bắc mới 2", "Ấp Bắc mới 3"].enumerated() {
            try site.replace(round == 0 ? "Ấp Bắc mới" : "Ấp Bắc mới 2", with: name, in: "content/branches/ap-bac.yaml")
            XCTAssertTrue(site.build(clean: round == 1).succeeded)
            XCTAssertEqual(Self.mode(site.output), 0o750, "the office's mode of the output is kept (round \(round))")
            XCTAssertEqual(Self.mode(spare), 0o700, "round \(round)")
        }
    }

    /// A web root shared with the server's group (`chmod g+s`): the folders made in it take its
    /// set-group-ID bit, so that the pages take its group. The chmods to 0700 and back cleared
    /// it, and the pages were the clerk's group.
    func testTheOutputInAFolderSharedByAGroupKeepsItsSetGroupIDBit() throws {
        let site = try IncrementalSite.make(for: self)
        let root = site.sibling("www")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(root.path, 0o2775), 0)
        let output = root.appending(path: "dang-bo")

        for round in 0..<3 {
            XCTAssertTrue(site.build(output: output).succeeded)
            for folder in [output, output.appending(path: "chi-bo")] {
                XCTAssertEqual((Self.mode(folder) ?? 0) & S_ISGID, S_ISGID, "\(folder.lastPathComponent), round \(round)")
            }
            XCTAssertEqual(Self.mode(StagingFolder.spare(of: output)).map { $0 & 0o777 } ?? 0o700, 0o700, "round \(round)")
        }
    }

    /// `build --clean` makes the new output in the spare, whose folders it gives a new folder's
    /// mode: that cleared the set-group-ID bit of every folder of the site, and what was made in
    /// them then (a story's folder, its slug changed) took the clerk's group, not the web root's.
    func testACleanBuildKeepsTheGroupOfAFolderSharedByAGroup() throws {
        let site = try IncrementalSite.make(for: self)
        let (output, group) = try Self.builtTwiceInASharedWebRoot(site)

        try site.replace("slug: binh-minh-hien-dat", with: "slug: hien-dat-doi-ten", in: "content/stories/hien-dat.md")
        let report = site.build(clean: true, output: output)
        XCTAssertTrue(report.succeeded, report.problems)
        let entries = try XCTUnwrap(FileManager.default.subpaths(atPath: output.path))
        XCTAssertTrue(entries.contains { $0.contains("hien-dat-doi-ten") }, "the story has a new folder")
        try Self.assertShared(output, group: group, "after the clean build")
    }

    /// A site built into a web root shared by a group by a version that cleared the set-group-ID
    /// bit: its folders had lost it, its pages were the clerk's group, and `build --clean` kept
    /// them so (it keeps the bit a folder has). A clean build now gives every folder the bit and
    /// the web root's group, and so every page, and so does the next build, from the spare.
    func testACleanBuildGivesTheSharedGroupBackToASiteThatLostIt() throws {
        let site = try IncrementalSite.make(for: self)
        let (output, group) = try Self.builtInASharedWebRootByAnOlderVersion(site)
        XCTAssertEqual(Self.mode(output).map { $0 & S_ISGID }, 0, "the output has lost the bit")

        XCTAssertTrue(site.build(output: output).succeeded, "an incremental build keeps the pages it finds")
        XCTAssertEqual(Self.mode(output.appending(path: "chi-bo")).map { $0 & S_ISGID }, S_ISGID,
                       "the folders whose pages it takes from the spare are mended, as those it writes into")
        try Self.assertCleanBuildAndNextShare(site, output, group: group)
    }

    /// An ordinary build into a web root shared by a group, of a site whose folders had lost the
    /// set-group-ID bit (built by an older version): a page it wrote took the clerk's group, which
    /// the web server may not read, without a word. The folders it writes into get the bit and
    /// the group again, so its pages do, and it warns once that `build --clean` mends the rest.
    func testAnOrdinaryBuildMendsTheFoldersItWritesIntoAndWarnsOnceOfTheRest() throws {
        let site = try IncrementalSite.make(for: self)
        let (output, group) = try Self.builtTwiceInASharedWebRoot(site)
        for folder in [output, StagingFolder.spare(of: output)] {
            try Self.asAnOlderVersionLeftIt(folder)
        }

        try site.replace("Ấp Bắc", with: "Ấp Bắc mới", in: "content/branches/ap-bac.yaml")
        let report = site.build(output: output)
        XCTAssertTrue(report.succeeded, report.problems)
        let warnings = report.diagnostics.sorted.filter { $0.severity == .warning && $0.message.contains("'bontot build --clean'") }
        XCTAssertEqual(warnings.count, 1, report.problems)
        XCTAssertTrue(warnings.first?.message.contains("không mang nhóm của thư mục web dùng chung (chmod g+s)") == true, report.problems)
        let page = output.appending(path: "chi-bo/ap-bac/index.html")
        XCTAssertTrue(OutputTree(output).text("chi-bo/ap-bac/index.html")?.contains("Ấp Bắc mới") == true)
        for entry in [output, page.deletingLastPathComponent(), page] {
            var info = stat()
            XCTAssertEqual(lstat(entry.path, &info), 0)
            XCTAssertEqual(info.st_gid, group, "the web root's group: '\(entry.lastPathComponent)'")
            if (info.st_mode & S_IFMT) == S_IFDIR { XCTAssertEqual(info.st_mode & S_ISGID, S_ISGID, entry.lastPathComponent) }
        }

        XCTAssertTrue(site.build(clean: true, output: output).succeeded)
        try site.replace("Ấp Bắc mới", with: "Ấp Bắc mới nữa", in: "content/branches/ap-bac.yaml")
        let next = site.build(output: output)
        XCTAssertTrue(next.succeeded, next.problems)
        XCTAssertFalse(next.problems.contains("--clean"), "nothing lost after the clean build: \(next.problems)")
    }

    /// The same site whose office mended the output's own folder by hand (`chgrp www-data
    /// dang-bo`, `chmod g+s dang-bo`), not the folders in it, before `build --clean`: the old
    /// output was kept as the spare for its top folder alone, and the next build published its
    /// folders and pages again, of the clerk's group.
    func testACleanBuildAfterTheOutputsTopFolderWasMendedByHandGivesTheGroupBackForGood() throws {
        let site = try IncrementalSite.make(for: self)
        let (output, group) = try Self.builtInASharedWebRootByAnOlderVersion(site)
        XCTAssertEqual(chown(output.path, uid_t.max, group), 0)
        XCTAssertEqual(chmod(output.path, 0o2755), 0)
        try Self.assertCleanBuildAndNextShare(site, output, group: group)
    }

    /// `builtTwiceInASharedWebRoot`, its output and spare then as an older version left them.
    private static func builtInASharedWebRootByAnOlderVersion(_ site: IncrementalSite) throws -> (output: URL, group: gid_t) {
        let (output, group) = try builtTwiceInASharedWebRoot(site)
        for folder in [output, StagingFolder.spare(of: output)] {
            try asAnOlderVersionLeftIt(folder)
        }
        return (output, group)
    }

    /// Asserts that `build --clean` of `site` into `output`, and the next build after an edit,
    /// leave every folder and page of the output `group`'s (`assertShared`).
    private static func assertCleanBuildAndNextShare(_ site: IncrementalSite, _ output: URL, group: gid_t) throws {
        let clean = site.build(clean: true, output: output)
        XCTAssertTrue(clean.succeeded, clean.problems)
        try assertShared(output, group: group, "after the clean build")
        try site.replace("Ấp Bắc", with: "Ấp Bắc mới", in: "content/branches/ap-bac.yaml")
        let next = site.build(output: output)
        XCTAssertTrue(next.succeeded, next.problems)
        XCTAssertTrue(OutputTree(output).text("chi-bo/ap-bac/index.html")?.contains("Ấp Bắc mới") == true)
        try assertShared(output, group: group, "after the next build")
    }

    /// The output `www/dang-bo` of `site`, built twice (the first output left as the spare) in
    /// a web root `www` shared by a group (`chmod g+s`), and that group (`otherGroup`).
    private static func builtTwiceInASharedWebRoot(_ site: IncrementalSite) throws -> (output: URL, group: gid_t) {
        let root = site.sibling("www")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let group = otherGroup()
        XCTAssertEqual(chown(root.path, uid_t.max, group), 0)
        XCTAssertEqual(chmod(root.path, 0o2775), 0)
        let output = root.appending(path: "dang-bo")
        XCTAssertTrue(site.build(output: output).succeeded)
        XCTAssertTrue(site.build(output: output).succeeded, "a second build, which leaves the first output as the spare")
        return (output, group)
    }

    /// Gives every entry of `folder` the clerk's group and clears the folders' set-group-ID bit,
    /// as builds of an older version left them.
    private static func asAnOlderVersionLeftIt(_ folder: URL) throws {
        for entry in [""] + (try XCTUnwrap(FileManager.default.subpaths(atPath: folder.path))) {
            let path = folder.appending(path: entry).path
            XCTAssertEqual(lchown(path, uid_t.max, getegid()), 0, entry)
            var info = stat()
            XCTAssertEqual(lstat(path, &info), 0, entry)
            if (info.st_mode & S_IFMT) == S_IFDIR { XCTAssertEqual(chmod(path, info.st_mode & 0o777), 0, entry) }
        }
    }

    /// Asserts every entry of `output` has `group`, and every folder the set-group-ID bit.
    private static func assertShared(_ output: URL, group: gid_t, _ when: String) throws {
        for entry in [""] + (try XCTUnwrap(FileManager.default.subpaths(atPath: output.path))) {
            var info = stat()
            XCTAssertEqual(lstat(output.appending(path: entry).path, &info), 0, entry)
            XCTAssertEqual(info.st_gid, group, "the web root's group, \(when): '\(entry)'")
            if (info.st_mode & S_IFMT) == S_IFDIR {
                XCTAssertEqual(info.st_mode & S_ISGID, S_ISGID, "the set-group-ID bit, \(when): '\(entry)'")
            }
        }
    }

    /// A group this process may give a folder that is not its own group, so that taking the
    /// folder's group is seen: any for the administrator (`nogroup`), else one the user is a
    /// member of; the process's own when it has no other.
    private static func otherGroup() -> gid_t {
        if geteuid() == 0 { return getegid() == 65534 ? 65533 : 65534 }
        var groups = [gid_t](repeating: 0, count: Int(max(getgroups(0, nil), 0)))
        let count = getgroups(Int32(groups.count), &groups)
        return groups.prefix(Int(max(count, 0))).first { $0 != getegid() } ?? getegid()
    }
}

/// Modes seen from the build's threads.
private final class Modes: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [mode_t] = []
    var all: [mode_t] { lock.withLock { seen } }
    func note(_ mode: mode_t?) { lock.withLock { seen.append(mode ?? 0) } }
}
