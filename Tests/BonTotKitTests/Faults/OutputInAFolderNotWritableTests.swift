@testable import BonTotKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// An output the office may write into, in a folder it may not (`/var/www/html/dang-bo`, made for
/// the clerk by an administrator): every build failed with "/var/www/html: permission denied",
/// which the clerk, owning `dang-bo`, could not make sense of. The error now says why bontot
/// writes beside the output and what to ask for.
final class OutputInAFolderNotWritableTests: XCTestCase {
    func testTheErrorSaysTheFolderHoldingTheOutputMustBeWritable() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        let before = OutputTree(site.output)
        let spare = StagingFolder.spare(of: site.output).path
        try? FileManager.default.removeItem(atPath: spare)

        var options = BuildOptions(siteRoot: site.root)
        options.faults = WriteFaults { $0 == spare ? EACCES : nil }
        let report = SiteBuilder.build(options)
        XCTAssertFalse(report.succeeded)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 1, report.problems)
        let message = errors.first?.message ?? ""
        XCTAssertTrue(message.contains("\(site.root.path): không có quyền ghi"), message)
        XCTAssertTrue(message.contains("nên cần quyền ghi vào chính thư mục '\(site.root.path)' (quyền ghi vào '\(site.output.path)' thôi chưa đủ)"),
                      message)
        // The clerk may not put a link in a folder they may not write: the administrator may, and
        // the advice says who does what ("hãy nhờ …, hoặc thay …" read as the clerk replacing it).
        XCTAssertTrue(message.contains("hãy nhờ người quản trị máy cấp quyền ghi thư mục đó, hoặc nhờ người đó thay '\(site.output.path)' "
                                       + "bằng một liên kết (ln -s) trỏ tới một thư mục nằm trong thư mục bạn ghi được"), message)
        XCTAssertTrue(message.contains("hoặc tự chọn bằng --output một thư mục nằm trong thư mục bạn ghi được"), message)
        // One message: the general permission advice (a locked file, its own --output, its own
        // English) said the same thing again before this one.
        XCTAssertFalse(message.contains("tệp đang bị khóa"), message)
        XCTAssertEqual(message.components(separatedBy: "--output").count, 2, message)
        XCTAssertTrue(message.hasSuffix(" / no permission to write the folder holding the output (\(String(cString: strerror(EACCES))))"),
                      message)
        XCTAssertEqual(OutputTree(site.output), before, "the published site is kept")
    }

    /// A file of the site that cannot be written gets no such advice: the folder is not the matter.
    func testAFileInsideTheOutputGetsNoAdviceAboutTheFolderHoldingIt() throws {
        let site = try IncrementalSite.make(for: self)
        XCTAssertTrue(site.build().succeeded)
        try site.replace("Ấp Bắc", with: "Ấp Bắc mới", in: "content/branches/ap-bac.yaml")
        var options = BuildOptions(siteRoot: site.root)
        options.faults = WriteFaults { $0.hasSuffix("chi-bo/ap-bac/index.html") ? EACCES : nil }
        let report = SiteBuilder.build(options)
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.problems.contains("không có quyền ghi"), report.problems)
        XCTAssertFalse(report.problems.contains("ln -s"), report.problems)
    }
}
