import Foundation
import XCTest

/// `bontot convert` given a name that is not a file: a misspelt one, or a folder.
final class ConvertCommandTests: FolderTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try FileManager.default.createDirectory(at: folder.appending(path: "content"), withIntermediateDirectories: true)
    }

    /// A file that is not there was said "không đọc được tệp", as if it were damaged.
    func testAMissingFileIsSaidToBeMissing() throws {
        let run = try BontotProcess.run(["convert", "điểm 2024.csv"], in: folder)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errors, "điểm 2024.csv:1: error: không tìm thấy tệp / no such file\n")
    }

    func testAFolderIsSaidToBeConvertedFileByFile() throws {
        let run = try BontotProcess.run(["convert", "content"], in: folder)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.hasPrefix("content:1: error: đây là thư mục; bontot convert chuyển từng tệp một"), run.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["content"], "nothing is written")
    }
}
