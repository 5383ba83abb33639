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
}
