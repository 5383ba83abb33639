@testable import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// Links made by hand inside the published output (`output/chi-bo -> /abs/x`,
/// `/abs/x -> /abs/output/chi-bo`) go, at the next swap, to the spare the build after writes
/// into: its `chi-bo` then led through `x` to the published `chi-bo`. That build wrote its pages
/// through the link into the published site, published the looping link and said it succeeded.
final class SpareLinkTests: XCTestCase {
    func testALinkLeftInTheSpareIsReplacedByAFolderNotWrittenThrough() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        try site.replace("Ấp Bắc", with: "Ấp Bắc 0", in: "content/branches/ap-bac.yaml")
        XCTAssertTrue(site.build().succeeded)

        let folder = site.output.appending(path: "chi-bo"), other = site.sibling("x")
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: other.path)
        try FileManager.default.createSymbolicLink(atPath: other.path, withDestinationPath: folder.path)

        for round in 1...3 {
            try site.replace("Ấp Bắc \(round - 1)", with: "Ấp Bắc \(round)", in: "content/branches/ap-bac.yaml")
            let report = site.build()
            XCTAssertTrue(report.succeeded, "round \(round): \(report.problems)")
            XCTAssertTrue(FileWriting.isFolder(folder.path), "round \(round): the published chi-bo is a folder, not a link")
            let page = OutputTree(site.output).text("chi-bo/ap-bac/index.html")
            XCTAssertTrue(page?.contains("Ấp Bắc \(round)") == true, "round \(round): the branch's page is published")
            XCTAssertNotNil(OutputTree(site.output).text("chi-bo/index.html"), "round \(round): pages left unchanged are there")
        }
    }

    /// The office pointed a story's folder of the output at a folder of its own; when the story
    /// then left the site (its slug changed), the build removing its page from the spare removed
    /// it through the link: the office's own file was gone.
    func testRemovingPagesThroughALinkLeftInTheSpareKeepsWhatItLeadsTo() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        XCTAssertTrue(site.build().succeeded)
        let story = try XCTUnwrap(FileManager.default.subpaths(atPath: site.output.path)?
            .first { $0.hasSuffix("binh-minh-hien-dat/index.html") })
        let folder = site.output.appending(path: story).deletingLastPathComponent(), own = site.sibling("cua-van-phong")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try Data("tệp riêng".utf8).write(to: own.appending(path: "index.html"))
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: own.path)

        try site.replace("Ấp Bắc", with: "Ấp Bắc 1", in: "content/branches/ap-bac.yaml")
        XCTAssertTrue(site.build().succeeded, "the link is now in the spare")
        try site.replace("slug: binh-minh-hien-dat", with: "slug: hien-dat-doi-ten", in: "content/stories/hien-dat.md")
        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(try? String(contentsOf: own.appending(path: "index.html"), encoding: .utf8), "tệp riêng",
                       "the office's own file, where the link led, is kept")
        var info = stat()
        XCTAssertNotEqual(lstat(folder.path, &info), 0, "the story's old folder is not published, nor a link in its place")
    }
}
