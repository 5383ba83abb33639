import BonTotKit
import Foundation
import XCTest

/// An output damaged by hand, or a cache that is gone: the next incremental build puts the
/// output back as a clean build makes it.
final class IncrementalRepairTests: XCTestCase {
    func testOutputFilesDeletedByHandAreRestored() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        let deleted = ["sinh-hoat/ap-bac-2024-09/index.html", "xep-hang/2024/bang-xep-hang.csv", "media/ap-bac.svg", "assets/style.css"]
        for path in deleted { try FileManager.default.removeItem(at: site.output.appending(path: path)) }
        try FileManager.default.removeItem(at: site.output.appending(path: "chi-bo/ap-bac"))

        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        assertSameTree(OutputTree(site.output), before, "the repaired output")
        XCTAssertEqual(report.rendered, 2, "the two pages deleted, no other")
        XCTAssertEqual(report.files, deleted.count + 1)
    }

    func testAnOutputFileCutShortByHandIsRestored() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        try Data("<p>hỏng</p>".utf8).write(to: site.output.appending(path: "chi-bo/index.html"))

        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        assertSameTree(OutputTree(site.output), before, "the repaired output")
        XCTAssertEqual(report.files, 1)
    }

    func testTheWholeOutputDeletedByHandIsBuiltAgain() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        try FileManager.default.removeItem(at: site.output)

        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, report.pages)
        assertSameTree(OutputTree(site.output), before, "the rebuilt output")
    }

    func testDeletingTheCacheGivesACleanBuildWithIdenticalBytes() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let cache = site.url(".bontot-cache")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.appending(path: "manifest.bin").path))
        let before = OutputTree(site.output)
        try FileManager.default.removeItem(at: cache)

        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, report.pages, "without a manifest every page is rendered")
        assertSameTree(OutputTree(site.output), before, "the output built without a cache")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.appending(path: "manifest.bin").path), "the cache is made again")
        XCTAssertEqual(site.build().rendered, 0, "and used by the next build")
    }

    func testABuildIntoAnotherOutputMakesTheNextBuildClean() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let elsewhere = site.sibling("elsewhere")
        XCTAssertTrue(site.build(output: elsewhere).succeeded)
        try site.replace("Sinh hoạt thường kỳ tháng 9.", with: "Sinh hoạt thường kỳ tháng 9, có sửa.",
                         in: "content/minutes/2024/binh-minh-2024-09.md")

        let report = site.build()
        XCTAssertTrue(report.succeeded, report.problems)
        XCTAssertEqual(report.rendered, report.pages, "the manifest remembers only the other output")
        let clean = try site.copyOfInputs(named: "copy")
        XCTAssertTrue(clean.build(clean: true, output: site.sibling("clean")).succeeded)
        assertSameTree(OutputTree(site.output), OutputTree(site.sibling("clean")), "the output")
        let back = site.build(output: elsewhere)
        XCTAssertEqual(back.rendered, back.pages, "going back to the other output builds it clean again")
        assertSameTree(OutputTree(elsewhere), OutputTree(site.sibling("clean")), "the other output")
    }
}
