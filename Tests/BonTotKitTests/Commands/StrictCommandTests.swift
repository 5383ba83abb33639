import Foundation
import XCTest

/// `--strict` with warnings and no error: the summary says "0 lỗi", so the refusal says the
/// warnings stopped it, not "còn lỗi".
final class StrictCommandTests: XCTestCase {
    private var site: URL!

    override func setUpWithError() throws {
        site = FileManager.default.temporaryDirectory.appending(path: "bontot-strict-\(UUID().uuidString)")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        // A branch with no score yet in the sample's evaluation: a warning.
        XCTAssertEqual(try BontotProcess.run(["new", "branch", "--name", "Chi bộ số 3", "--site", site.path]).status, 0)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: site)
    }

    func testBuildSaysTheWarningsStoppedIt() throws {
        let build = try BontotProcess.run(["build", "--strict", "--site", site.path])
        XCTAssertEqual(build.status, 1)
        // Build also warns of the sample's base_url, the preview's address (`LoopbackBaseURLTests`).
        XCTAssertTrue(build.output.contains("; 0 lỗi, 2 cảnh báo\n"), build.output)
        XCTAssertTrue(build.output.hasSuffix("Không tạo trang vì còn cảnh báo (--strict coi cảnh báo là lỗi); thư mục kết quả giữ nguyên.\n"),
                      build.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appending(path: "output").path))
    }

    func testCheckSaysTheWarningsFailedIt() throws {
        let check = try BontotProcess.run(["check", "--strict", "--site", site.path])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.output.hasSuffix("; 0 lỗi, 1 cảnh báo\nKhông đạt vì còn cảnh báo (--strict coi cảnh báo là lỗi).\n"), check.output)
        let lenient = try BontotProcess.run(["check", "--site", site.path])
        XCTAssertEqual(lenient.status, 0)
        XCTAssertFalse(lenient.output.contains("Không đạt"), lenient.output)
    }
}
