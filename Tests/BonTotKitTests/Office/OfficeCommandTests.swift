import Foundation
import XCTest

/// `bontot import minutes` and `bontot convert` as an office runs them: what they print, what
/// they write, their exit status.
final class OfficeCommandTests: DocumentsSiteTestCase {

    func testImportMinutesPrintsWhatItWroteAndWhatIsLeftToFill() throws {
        let document = OfficeFixtures.folder.appending(path: "bien-ban-vntime.docx").path
        let run = try BontotProcess.run(["import", "minutes", document, "--branch", "ap-1", "--site", root.path])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.hasPrefix("\(document) → \(root.path)/content/minutes/2024/ap-1-2024-10.md\n"), run.output)
        XCTAssertTrue(run.output.contains("  đã chuyển phông TCVN3 (ABC), VNI sang Unicode\n"), run.output)
        XCTAssertTrue(run.output.hasSuffix("1 biên bản; 0 lỗi, 4 cảnh báo\n"), run.output)
        XCTAssertTrue(run.errors.contains("\(root.path)/content/minutes/2024/ap-1-2024-10.md:10: warning: chưa tìm thấy 'attendance'"),
                      run.errors)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appending(path: "content/minutes/2024/ap-1-2024-10.md").path))

        let check = try BontotProcess.run(["check", "--site", root.path])
        XCTAssertEqual(check.status, 0, check.errors)
    }

    func testImportingTheSameMinutesTwiceFailsUnlessAllowedAndCheckThenWarnsOfBothFiles() throws {
        let document = OfficeFixtures.folder.appending(path: "bien-ban-mien-sinh-hoat.docx").path
        let first = try BontotProcess.run(["import", "minutes", document, "--branch", "ap-1", "--site", root.path])
        XCTAssertEqual(first.status, 0, first.errors)
        XCTAssertTrue(first.output.hasSuffix("1 biên bản; 0 lỗi, 0 cảnh báo\n"), first.output)

        let again = try BontotProcess.run(["import", "minutes", document, "--branch", "ap-1", "--site", root.path])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.contains("\(document): error: biên bản của cuộc họp này (chi bộ 'ap-1', ngày 2026-11-05, "
                                            + "sinh hoạt thường kỳ) đã có trong \(root.path)/content/minutes/2026/ap-1-2026-11.md;"),
                      again.errors)
        XCTAssertTrue(again.errors.contains("chạy lại với --allow-duplicate"), again.errors)
        XCTAssertTrue(again.output.hasSuffix("0 biên bản; 1 lỗi, 0 cảnh báo\n"), again.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appending(path: "content/minutes/2026/ap-1-2026-11-2.md").path))
        let clean = try BontotProcess.run(["check", "--site", root.path])
        XCTAssertEqual(clean.status, 0, clean.errors)
        XCTAssertFalse(clean.errors.contains("warning"), clean.errors)

        let anyway = try BontotProcess.run(["import", "minutes", document, "--branch", "ap-1", "--allow-duplicate", "--site", root.path])
        XCTAssertEqual(anyway.status, 0, anyway.errors)
        XCTAssertTrue(anyway.output.hasPrefix("\(document) → \(root.path)/content/minutes/2026/ap-1-2026-11-2.md\n"), anyway.output)
        let check = try BontotProcess.run(["check", "--site", root.path])
        XCTAssertEqual(check.status, 0, check.errors)
        for file in ["content/minutes/2026/ap-1-2026-11.md", "content/minutes/2026/ap-1-2026-11-2.md"] {
            XCTAssertTrue(check.errors.contains("\(file):2: warning: 2 biên bản cùng ghi một cuộc họp (chi bộ 'ap-1', ngày 2026-11-05, "
                                                + "sinh hoạt thường kỳ): content/minutes/2026/ap-1-2026-11-2.md, content/minutes/2026/ap-1-2026-11.md;"),
                          check.errors)
        }
    }

    func testImportMinutesFailsOnADamagedDocument() throws {
        let damaged = root.appending(path: "hong.docx")
        try Data("PK\u{3}\u{4} not really".utf8).write(to: damaged)
        let run = try BontotProcess.run(["import", "minutes", damaged.path, "--branch", "ap-1", "--site", root.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("hong.docx: error: tệp không phải tài liệu Office hợp lệ"), run.errors)
    }

    func testConvertRewritesAWindows1258CSV() throws {
        let file = root.appending(path: "content/evaluations/2024.csv")
        let original = try Data(contentsOf: file)
        let text = try XCTUnwrap(String(data: original, encoding: .utf8))
        // "Tặng Giấy khen" in Windows-1258: ă precomposed, tone marks combining after their vowel.
        let bytes = Array(text.replacingOccurrences(of: "Tặng Giấy khen", with: "@").utf8).flatMap { byte -> [UInt8] in
            byte == 0x40 ? [0x54, 0xE3, 0xF2, 0x6E, 0x67, 0x20, 0x47, 0x69, 0xE2, 0xEC, 0x79, 0x20, 0x6B, 0x68, 0x65, 0x6E] : [byte]
        }
        try Data(bytes).write(to: file)
        let check = try BontotProcess.run(["check", "--site", root.path])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.errors.contains("content/evaluations/2024.csv:2: error: tệp không phải UTF-8: có lẽ được gõ bằng bảng mã Windows-1258"),
                      check.errors)

        let run = try BontotProcess.run(["convert", file.path])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.output, "\(file.path): đã chuyển từ Windows-1258 sang UTF-8; bản gốc: \(file.path).orig\n")
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), text.replacingOccurrences(of: "\u{FEFF}", with: ""))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file.path + ".orig")), Data(bytes))
        XCTAssertEqual(try BontotProcess.run(["check", "--site", root.path]).status, 0)
    }
}
