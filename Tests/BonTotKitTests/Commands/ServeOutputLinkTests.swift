@testable import BonTotKit
import Foundation
import XCTest

/// `bontot serve` of a site whose `output` is a link to a folder not there (a USB stick not
/// plugged in): it ran on, advising `--output`, which serve has not, and to save a file, which
/// mends nothing; its mark lay beside the link, where no build looked once the folder was there.
/// It now stops at once, saying what is wrong and what to do, with nothing made.
final class ServeOutputLinkTests: ServeTestCase {
    func testServeOfAnOutputLinkedToAMissingFolderStopsSayingWhatToDo() throws {
        let root = try copy("portal")
        let output = root.appending(path: "output")
        try? FileManager.default.removeItem(at: output)
        let stick = folder.appending(path: "usb")
        try FileManager.default.createSymbolicLink(atPath: output.path, withDestinationPath: stick.appending(path: "web").path)

        let (_, log) = try serve(root)
        let server = try XCTUnwrap(server)
        guard ServeCommandTests.waitForExit(of: server) else { return XCTFail("the preview ran on:\n\(ServeCommandTests.read(log))") }
        XCTAssertEqual(server.terminationStatus, 1, ServeCommandTests.read(log))
        let said = ServeCommandTests.read(log)
        XCTAssertTrue(said.contains("lỗi: Không xem trước được (sửa xong thì chạy lại bontot serve): thư mục kết quả '\(output.path)' là liên kết (shortcut) tới "
                                    + "'\(stick.path)/web', nơi không có thư mục nào"), said)
        XCTAssertTrue(said.contains("hãy gắn ổ hoặc tạo lại thư mục đó, hoặc xóa liên kết '\(output.path)' (chỉ xóa liên kết, thư mục "
                                    + "nó trỏ tới vẫn giữ nguyên) để bontot serve dựng trang vào một thư mục mới ở đó / the output "
                                    + "is a link to a missing folder"), said)
        XCTAssertFalse(said.contains("--output"), "serve has no --output: \(said)")
        XCTAssertFalse(said.contains("Xem trước tại"), said)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stick.path), "no folder made where the stick goes")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("bontot") }, [],
                       "no mark beside the link")
        XCTAssertNotNil(try? FileManager.default.destinationOfSymbolicLink(atPath: output.path), "the link is kept")
    }

    /// The stick pulled out while `serve` runs: its next build was told '--output: error:', and to
    /// choose another output with `--output`, which serve has not.
    func testAPreviewBuildOfAnOutputLinkedToAMissingFolderSaysWhatServeCanDo() throws {
        let site = try IncrementalSite.make(for: self)
        try FileManager.default.createSymbolicLink(atPath: site.output.path, withDestinationPath: site.sibling("usb/web").path)
        var options = BuildOptions(siteRoot: site.root, output: site.output)
        options.previews = true

        let report = SiteBuilder.build(options)
        XCTAssertFalse(report.succeeded)
        let said = report.diagnostics.sorted.map(\.description).joined(separator: "\n")
        XCTAssertTrue(said.hasPrefix("output: error: thư mục kết quả '\(site.output.path)' là liên kết (shortcut) tới"), said)
        XCTAssertTrue(said.contains("hoặc xóa liên kết '\(site.output.path)' (chỉ xóa liên kết"), said)
        XCTAssertFalse(said.contains("--output"), "serve has no --output: \(said)")
    }

    /// `output/` holding files of the office's own (or being a file): serve's builds were told
    /// '--output: error:', to choose an empty folder or add --force, neither of which serve has.
    func testAPreviewBuildOfAnOutputHoldingOtherFilesSaysWhatServeCanDo() throws {
        let site = try IncrementalSite.make(for: self)
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try "<p>trang của văn phòng</p>".write(to: site.output.appending(path: "van-phong.html"), atomically: true, encoding: .utf8)
        var options = BuildOptions(siteRoot: site.root, output: site.output)
        options.previews = true

        var said = SiteBuilder.build(options).diagnostics.sorted.map(\.description).joined(separator: "\n")
        XCTAssertTrue(said.hasPrefix("output: error: thư mục kết quả '\(site.output.path)' đã có 1 mục không do bontot tạo ra"), said)
        XCTAssertTrue(said.contains("Hãy chuyển các mục đó ra chỗ khác, hoặc dựng một lần bằng bontot build --force"), said)
        XCTAssertFalse(said.contains("--output") || said.contains("thêm --force"), "serve has neither --output nor --force: \(said)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appending(path: "van-phong.html").path))

        try FileManager.default.removeItem(at: site.output)
        try "<p>trang cũ</p>".write(to: site.output, atomically: true, encoding: .utf8)
        said = SiteBuilder.build(options).diagnostics.sorted.map(\.description).joined(separator: "\n")
        XCTAssertTrue(said.hasPrefix("output: error: '\(site.output.path)' là một tệp, không phải thư mục; hãy đổi tên hoặc chuyển tệp "
                                     + "đó ra chỗ khác để bontot serve dựng trang vào một thư mục mới ở đó"), said)
        XCTAssertFalse(said.contains("--output"), said)
    }
}
