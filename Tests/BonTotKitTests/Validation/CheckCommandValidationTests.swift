import BonTotKit
import Foundation
import XCTest

/// `bontot check` run as a user runs it: a subprocess, its exit status and its compiler-style lines.
final class CheckCommandValidationTests: XCTestCase {
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try BontotProcess.run(arguments)
    }

    func testCheckReportsErrorsCompilerStyleAndFails() throws {
        let root = try ValidationSite.make("minimal", [
            "content/minutes/2024/ap-2-2024-10.md": "---\ndate: 2024-10-04\nkind: thuong-ky\nbranch: ap2\n---\n",
            "content/branches/cong-an-xa.yaml": "name: Chi bộ Công an xã\nkind: cong-an\nsecretray: Võ Minh Tâm\n",
        ])
        let result = try run(["check", "--site", root.path])
        XCTAssertEqual(result.status, 1, result.output + result.errors)
        XCTAssertEqual(result.errors.split(separator: "\n").map(String.init), [
            "content/branches/cong-an-xa.yaml:3: warning: trường không xác định / unknown field 'secretray' (có phải 'secretary'? / did you mean 'secretary'?)",
            "content/minutes/2024/ap-2-2024-10.md:4: error: biên bản ghi chi bộ không tồn tại 'ap2' / unknown branch 'ap2' (có phải 'ap-2'? / did you mean 'ap-2'?)",
        ])
        XCTAssertTrue(result.output.contains("1 lỗi, 1 cảnh báo"), result.output)
    }

    func testCheckPassesOnTheMinimalSite() throws {
        let result = try run(["check", "--site", ValidationSite.fixtures.appending(path: "minimal").path])
        XCTAssertEqual(result.status, 0, result.output + result.errors)
        XCTAssertEqual(result.errors, "")
    }

    func testWarningsFailOnlyWhenStrict() throws {
        let root = try ValidationSite.make("minimal", ["content/branches/cong-an-xa.yaml": "name: A\nkind: cong-an\nghichu: x\n"])
        XCTAssertEqual(try run(["check", "--site", root.path]).status, 0)
        XCTAssertEqual(try run(["check", "--strict", "--site", root.path]).status, 1)
    }
}
