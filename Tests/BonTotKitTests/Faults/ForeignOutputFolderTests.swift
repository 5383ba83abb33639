import BonTotKit
import Foundation
import XCTest

/// A build replaces its output folder whole, so it must never take a folder that holds an
/// office's other files: only one that is missing, empty, or bontot's own (marked, or the one the
/// site's cache says it built), unless `--force` says so.
final class ForeignOutputFolderTests: XCTestCase {
    func testAFolderHoldingOtherFilesIsRefusedAndKeepsThem() throws {
        let site = try IncrementalSite.make(for: self)
        let shared = site.sibling("thu-muc-chung")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try "Kế hoạch công tác năm 2025".write(to: shared.appending(path: "ke-hoach.docx"), atomically: true, encoding: .utf8)
        let before = OutputTree(shared)

        let report = site.build(output: shared)
        XCTAssertFalse(report.succeeded)
        let error = try XCTUnwrap(report.diagnostics.sorted.first { $0.severity == .error })
        XCTAssertEqual(error.location.file, "--output")
        XCTAssertTrue(error.description.hasPrefix("--output: error: thư mục kết quả"),
                      "an option has no line, so none is printed: \(error.description)")
        XCTAssertTrue(error.message.contains("không do bontot tạo ra") && error.message.contains("--force"), error.message)
        XCTAssertEqual(OutputTree(shared), before, "the office's file is still there, alone")
        XCTAssertEqual(try leftovers(beside: shared), [])
    }

    func testForceReplacesSuchAFolderAndMarksIt() throws {
        let site = try IncrementalSite.make(for: self)
        let shared = site.sibling("thu-muc-chung")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try "cũ".write(to: shared.appending(path: "cu.txt"), atomically: true, encoding: .utf8)

        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: shared, force: true))
        XCTAssertTrue(report.succeeded, report.problems)
        let tree = OutputTree(shared)
        XCTAssertNil(tree.files["cu.txt"])
        XCTAssertNotNil(tree.files["index.html"])
        XCTAssertTrue(tree.text(".bontot-output")?.contains("bontot") == true)
        XCTAssertTrue(site.build(output: shared).succeeded, "a marked folder is bontot's: the next build needs no --force")
    }

    func testAnEmptyFolderAndAMissingOneAreTaken() throws {
        let site = try IncrementalSite.make(for: self)
        let empty = site.sibling("trong")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertTrue(site.build(output: empty).succeeded)
        XCTAssertTrue(site.build(output: site.sibling("chua-co/ket-qua")).succeeded)
        XCTAssertNotNil(OutputTree(site.sibling("chua-co/ket-qua")).files["index.html"])
    }

    func testAnOutputThatIsAFileIsRefused() throws {
        let site = try IncrementalSite.make(for: self)
        let file = site.sibling("output.html")
        try "<p>trang cũ</p>".write(to: file, atomically: true, encoding: .utf8)
        let report = site.build(output: file)
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.problems.contains("là một tệp, không phải thư mục"), report.problems)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "<p>trang cũ</p>")
    }

    func testAnOutputBuiltBeforeTheMarkerExistedIsStillBontots() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        try FileManager.default.removeItem(at: site.output.appending(path: ".bontot-output"))
        XCTAssertTrue(site.build(clean: true).succeeded, "the site's cache names this output as its own")
    }

    private func leftovers(beside folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path).filter { $0.contains(".bontot-") }
    }
}

/// `--output` in the site's `.bontot-cache/`, which the README calls safe to delete (and which
/// `--force` made the output, the manifest then published with the site): refused as an input is.
final class OutputInTheCacheTests: XCTestCase {
    func testAnOutputInTheSitesCacheIsRefused() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        for output in [site.url(".bontot-cache"), site.url(".bontot-cache/web")] {
            let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: output, force: true))
            XCTAssertFalse(report.succeeded, output.path)
            XCTAssertEqual(report.diagnostics.sorted.map(\.location), [.option("--output")], report.problems)
            XCTAssertTrue(report.problems.contains("nằm trong '.bontot-cache' của trang"), report.problems)
            XCTAssertFalse(FileManager.default.fileExists(atPath: site.url(".bontot-cache/web").path))
        }
        XCTAssertTrue(site.build().succeeded, "the cache still serves the site's own output")
    }
}
