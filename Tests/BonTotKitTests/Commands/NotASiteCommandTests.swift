import BonTotKit
import Foundation
import XCTest

/// `bontot build` or `check` run in a folder that is no site (no `site.yaml`) writes nothing there,
/// not even `.bontot-cache/`, and says how to make a site or name one.
final class NotASiteCommandTests: XCTestCase {
    private func contents(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testBuildAndCheckInAnEmptyFolderLeaveItEmptyAndSuggestInit() throws {
        let folder = try TemporaryFolder.make("bontot-empty")
        for arguments in [["build"], ["check"], ["build", "--clean"], ["build", "--site", "."], []] {
            let result = try BontotProcess.run(arguments, in: folder)
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.output)\(result.errors)")
            let errors = result.errors.split(separator: "\n").map(String.init)
            XCTAssertEqual(errors.count, 1, "\(arguments): one error, not one per missing file: \(errors)")
            XCTAssertTrue(errors.first?.hasPrefix("site.yaml:1: error: thiếu tệp site.yaml") == true, "\(arguments): \(errors)")
            XCTAssertTrue(result.errors.contains("bontot init <thư mục>") && result.errors.contains("--site"), result.errors)
            XCTAssertTrue(result.output.contains("1 lỗi"), "\(arguments): \(result.output)")
            XCTAssertEqual(try contents(of: folder), [], "\(arguments) wrote into a folder that is no site")
        }
    }

    /// A terminal left in `content/minutes/` or `output/`: the site it is in is named, with how
    /// to build it from there, and nothing is written.
    func testAFolderInsideASiteNamesTheSite() throws {
        let folder = try TemporaryFolder.make("bontot-inside")
        let site = folder.appending(path: "Trang xã")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let minutes = site.appending(path: "content/minutes")
        let before = try contents(of: minutes)
        let result = try BontotProcess.run(["build"], in: minutes)
        XCTAssertEqual(result.status, 1)
        let path = site.standardizedFileURL.path
        XCTAssertTrue(result.errors.contains("không phải thư mục trang; thư mục này nằm trong trang '\(path)': hãy chạy lệnh "
                                             + "ở thư mục đó, hoặc thêm --site \"\(path)\"; tạo trang mới"), result.errors)
        XCTAssertEqual(try contents(of: minutes), before, "nothing written inside the site's content")
    }

    func testABuildOfAFolderThatIsNoSiteWritesNothing() throws {
        let folder = try TemporaryFolder.make("bontot-empty")
        try Data("Ghi chú của văn phòng.\n".utf8).write(to: folder.appending(path: "ghi-chu.txt"))
        let report = SiteBuilder.build(BuildOptions(siteRoot: folder))
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.diagnostics.sorted.map(\.location.file), ["site.yaml"])
        XCTAssertEqual(try contents(of: folder), ["ghi-chu.txt"])
    }
}
