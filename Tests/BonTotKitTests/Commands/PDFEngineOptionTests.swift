import Foundation
import XCTest

/// `bontot build --pdf-engine NAME` with an engine that is not there stops the build: its
/// message said "các trang HTML vẫn được tạo" (the HTML was built), and the next line that
/// nothing was, which the office could not both believe.
final class PDFEngineOptionTests: XCTestCase {
    func testAMissingNamedEngineSaysNothingWasWritten() throws {
        let folder = try TemporaryFolder.make("bontot-pdf-engine")
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let build = try BontotProcess.run(["build", "--site", site.path, "--pdf-engine", "khong-co"])
        XCTAssertEqual(build.status, 1)
        XCTAssertTrue(build.errors.hasPrefix("--pdf-engine: error: không tìm thấy công cụ tạo PDF 'khong-co'"), build.errors)
        XCTAssertTrue(build.errors.contains("(bỏ --pdf-engine để chỉ dựng trang HTML); chưa ghi gì"), build.errors)
        XCTAssertFalse(build.errors.contains("vẫn được tạo"), build.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appending(path: "output").path), "nothing was written")
    }
}
