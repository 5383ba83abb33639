@testable import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// `serve` rebuilding onto a read-only disk, a protected folder or one under a file: its error
/// advised choosing another output with `--output`, which serve has not. It now says what serve
/// can do: preview a copy of the site from a disk it may write (`serve --site`).
final class ServeWriteFailureTests: XCTestCase {
    func testAPreviewBuildThatCannotWriteAdvisesWhatServeAccepts() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        for code in [EROFS, EACCES, ENOTDIR, ELOOP, ENOENT] {
            var options = BuildOptions(siteRoot: site.root, output: site.output)
            options.previews = true
            options.faults = WriteFaults { _ in code }
            let report = SiteBuilder.build(options)
            XCTAssertFalse(report.succeeded)
            let said = report.diagnostics.sorted.map(\.description).joined(separator: "\n")
            XCTAssertTrue(said.hasPrefix("output: error: không ghi được thư mục kết quả"), said)
            XCTAssertFalse(said.contains("--output"), "serve has no --output (\(code)): \(said)")
            XCTAssertTrue(said.contains("bontot serve --site") || said.contains("thư mục trang (--site)"), "(\(code)): \(said)")
        }
    }

    /// The folder holding `output/` (the site's own) not writable: the advice to choose a folder
    /// with `--output` is serve's too.
    func testAPreviewBuildDeniedBesideTheOutputAdvisesWhatServeAccepts() {
        let failure = WriteFailure(path: "/srv/trang", code: EACCES)
        let said = failure.told(output: URL(fileURLWithPath: "/srv/trang/output"), command: .serve)
        XCTAssertTrue(said.contains("cần quyền ghi vào chính thư mục '/srv/trang'"), said)
        XCTAssertFalse(said.contains("--output"), said)
        XCTAssertTrue(said.contains("(bontot serve --site <thư mục mới>)"), said)
        let built = failure.told(output: URL(fileURLWithPath: "/srv/trang/output"))
        XCTAssertTrue(built.contains("hoặc tự chọn bằng --output một thư mục nằm trong thư mục bạn ghi được"), built)
    }
}
