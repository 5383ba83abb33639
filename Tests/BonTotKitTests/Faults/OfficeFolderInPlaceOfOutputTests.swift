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
}
