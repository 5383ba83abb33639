@testable import BonTotKit
import Foundation
import XCTest

/// A full disk or a read-only folder while a build writes: a clear error naming the folder and
/// what to do, the published site kept as it was, nothing left beside it. The failures are
/// injected into the build's file writing, at the first file, midway and at the last step.
final class WriteFaultTests: XCTestCase {
    private func build(_ site: IncrementalSite, failing code: Int32, where matches: @escaping @Sendable (String) -> Bool) -> BuildReport {
        var options = BuildOptions(siteRoot: site.root)
        options.faults = WriteFaults { matches($0) ? code : nil }
        return SiteBuilder.build(options)
    }

    private func assertKept(_ site: IncrementalSite, _ before: OutputTree, _ report: BuildReport, saying words: String,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertFalse(report.succeeded, file: file, line: line)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 1, report.problems, file: file, line: line)
        let message = errors.first?.message ?? ""
        XCTAssertTrue(message.contains(words), message, file: file, line: line)
        XCTAssertTrue(message.contains(site.output.path), "names the output folder: \(message)", file: file, line: line)
        XCTAssertTrue(message.contains("giữ nguyên"), "says the published site is kept: \(message)", file: file, line: line)
        XCTAssertFalse(message.contains("NSCocoaErrorDomain"), message, file: file, line: line)
        assertSameTree(OutputTree(site.output), before, "the output after a failed write", file: file, line: line)
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".output.bontot-") && $0 != ".output.bontot-spare" }
        XCTAssertEqual(beside, [], "nothing left beside the output", file: file, line: line)
    }

    func testADiskThatFillsUpMidwayKeepsThePublishedSite() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        try site.replace("Ấp Bắc", with: "Ấp Bắc mới", in: "content/branches/ap-bac.yaml")
        let report = build(site, failing: ENOSPC) { $0.hasSuffix("chi-bo/ap-bac/index.html") }
        try assertKept(site, before, report, saying: "ổ đĩa đã đầy")
        XCTAssertTrue(site.build().succeeded, "the next build, with room on the disk, succeeds")
        XCTAssertTrue(OutputTree(site.output).text("chi-bo/ap-bac/index.html")?.contains("Ấp Bắc mới") == true)
    }

    func testAReadOnlyDiskAtTheFirstFileKeepsThePublishedSite() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        let report = build(site, failing: EROFS) { _ in true }
        try assertKept(site, before, report, saying: "chỉ cho phép đọc")
    }

    /// `--output` under a file (`bao-cao.docx/web`), or under a folder that cannot hold files
    /// (`/proc`): the system's English alone ("Not a directory") was all the office read.
    func testAnOutputUnderAFileOrAMissingFolderIsSaidInVietnamese() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        try assertKept(site, before, build(site, failing: ENOTDIR) { _ in true },
                       saying: "một phần của đường dẫn là tệp chứ không phải thư mục")
        try assertKept(site, before, build(site, failing: ENOENT) { _ in true },
                       saying: "thư mục chứa thư mục kết quả không có hoặc không ghi tệp vào được")
    }

    /// An old file that cannot be removed (locked by a program, immutable): the system's "File
    /// exists" alone told the office nothing.
    func testALockedOldFileIsSaidToBeLocked() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        try site.replace("Ấp Bắc", with: "Ấp Bắc mới", in: "content/branches/ap-bac.yaml")
        try assertKept(site, before, build(site, failing: EEXIST) { $0.hasSuffix("chi-bo/ap-bac/index.html") },
                       saying: "tệp cũ ở đó không xóa được (đang bị khóa, đang mở hoặc chỉ đọc)")
    }

    func testAFolderWithoutWritePermissionAtTheLastFileKeepsThePublishedSite() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        try site.replace("Ấp Bắc", with: "Ấp Bắc mới", in: "content/branches/ap-bac.yaml")
        let report = build(site, failing: EACCES) { $0.hasSuffix(".bontot-output") }
        try assertKept(site, before, report, saying: "không có quyền ghi")
    }
}
