@testable import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// The office puts a folder of its own where bontot published the site (`dang-bo` removed, a
/// folder of documents moved there) and builds with `--force`, which replaces it. In a web root
/// shared by a group (`chmod g+s`) its files went at that build (the folder, lacking the
/// group, was not kept as the spare); elsewhere, and in such a root when the files had its
/// group, the folder was kept as the spare, which the next build trusted as the site the cache
/// describes: the office's files were published with the site. They now go at once, in both.
final class OfficeFolderInPlaceOfOutputTests: XCTestCase {
    func testTheOfficesFilesGoAtTheForcedBuildAndAreNeverPublished() throws {
        for shared in [false, true] {
            let site = try IncrementalSite.make(for: self)
            let root = site.sibling("www")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            if shared { XCTAssertEqual(chmod(root.path, 0o2775), 0) }
            let output = root.appending(path: "dang-bo")
            XCTAssertTrue(site.build(output: output).succeeded)

            try FileManager.default.removeItem(at: output)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try "Kế hoạch công tác năm 2025".write(to: output.appending(path: "ke-hoach.txt"), atomically: true, encoding: .utf8)
            for round in 0..<2 {
                let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: output, force: true))
                XCTAssertTrue(report.succeeded, report.problems)
                for folder in [output, StagingFolder.spare(of: output)] {
                    XCTAssertNil(OutputTree(folder).files["ke-hoach.txt"],
                                 "shared \(shared), round \(round): the office's file is gone from '\(folder.lastPathComponent)'")
                }
                XCTAssertNotNil(OutputTree(output).files["index.html"])
            }
        }
    }

    /// Without `--force` such a folder is refused, as any folder holding the office's files is,
    /// and left as it was: the site's cache names its place, which let the build replace it
    /// unasked and drop the office's files with the old site.
    func testWithoutForceTheOfficesFolderIsRefusedAndKept() throws {
        let site = try IncrementalSite.make(for: self)
        let output = site.sibling("www").appending(path: "dang-bo")
        XCTAssertTrue(site.build(output: output).succeeded)
        try FileManager.default.removeItem(at: output)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "Kế hoạch công tác năm 2025".write(to: output.appending(path: "ke-hoach.txt"), atomically: true, encoding: .utf8)
        let before = OutputTree(output)

        let report = site.build(output: output)
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.problems.contains("đã có 1 mục không do bontot tạo ra") && report.problems.contains("--force"), report.problems)
        XCTAssertEqual(OutputTree(output), before, "the office's file is still there, alone")
        XCTAssertNil(OutputTree(StagingFolder.spare(of: output)).files["ke-hoach.txt"])
    }

    /// The site bontot published, its marker removed and a file of the office's put beside its
    /// pages: that file is named, and the build asks for `--force` before dropping it.
    func testAFileAddedToAnOutputWithoutItsMarkerIsAskedAbout() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        try FileManager.default.removeItem(at: site.output.appending(path: OutputMarker.name))
        try "Danh sách đảng viên".write(to: site.output.appending(path: "danh-sach.txt"), atomically: true, encoding: .utf8)

        let report = site.build()
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.problems.contains("đã có 1 mục không do bontot tạo ra"), report.problems)
        XCTAssertEqual(OutputTree(site.output).text("danh-sach.txt"), "Danh sách đảng viên")
        XCTAssertTrue(SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.output, force: true)).succeeded)
        XCTAssertNil(OutputTree(site.output).files["danh-sach.txt"])
    }
}
