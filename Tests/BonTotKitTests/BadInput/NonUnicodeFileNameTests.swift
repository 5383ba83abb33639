import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A zip made on Windows with Vietnamese file names, unpacked by a tool that does not read them
/// as Unicode, leaves names that are not UTF-8 ("Bi\x88n b\xa0n th\xa0ng 3.md"). `check` told
/// each as "liên kết hỏng: tệp đích không tồn tại" (a broken link), which no clerk made; it now
/// says the name cannot be read and how to rename it, and the build writes nothing.
final class NonUnicodeFileNameTests: XCTestCase {
    func testANameThatIsNotUTF8IsToldAsSuchNotAsABrokenLink() throws {
        let folder = try TemporaryFolder.make("bontot-name")
        let root = folder.appending(path: "site")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "minimal"), to: root)
        let minutes = Array("---\nbranch: ap-2\ndate: 2024-10-04\nkind: thuong-ky\n---\nNội dung.\n".utf8)
        try write(minutes, named: Array("content/minutes/2024/Bi".utf8) + [0x88] + Array("n b".utf8) + [0xA0] + Array("n.md".utf8), in: root)
        try write([0xFF, 0xD8, 0xFF, 0xE0], named: Array("content/media/".utf8) + [0xA0] + Array("nh.jpg".utf8), in: root)

        let check = try BontotProcess.run(["check", "--site", root.path])
        XCTAssertEqual(check.status, 1, check.errors)
        let lines = check.errors.split(separator: "\n").filter { $0.contains("\u{FFFD}") }
        XCTAssertEqual(lines.count, 2, check.errors)
        for line in lines {
            XCTAssertTrue(line.contains("error: tên tệp có chữ không đọc được (tên không phải Unicode"), String(line))
            XCTAssertTrue(line.contains("hãy đổi tên tệp"), String(line))
            XCTAssertFalse(line.contains("liên kết hỏng"), String(line))
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("content/minutes/2024/Bi\u{FFFD}n b\u{FFFD}n.md") }, check.errors)
        XCTAssertTrue(lines.contains { $0.hasPrefix("content/media/\u{FFFD}nh.jpg") }, check.errors)
    }

    /// A picture of the site's own theme unpacked so ('templates/assets/\xA0nh-n\xEAn.svg') was
    /// left out of the portal without a word, the pages that show it losing it: an error at the
    /// file, and the build writes nothing.
    func testAThemeFileNamedNotInUTF8IsToldNotLeftOutInSilence() throws {
        let folder = try TemporaryFolder.make("bontot-name")
        let root = folder.appending(path: "site")
        try FileManager.default.copyItem(at: BuiltSite.fixtures.appending(path: "minimal"), to: root)
        try FileManager.default.createDirectory(at: root.appending(path: "templates/assets"), withIntermediateDirectories: true)
        let picture = Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)
        try write(picture, named: Array("templates/assets/".utf8) + [0xA0] + Array("nh-n".utf8) + [0xEA] + Array("n.svg".utf8), in: root)

        let check = try BontotProcess.run(["check", "--site", root.path])
        XCTAssertEqual(check.status, 1, check.errors)
        XCTAssertTrue(check.errors.contains("templates/assets/\u{FFFD}nh-n\u{FFFD}n.svg: error: tên tệp có chữ không đọc được"), check.errors)
        let output = folder.appending(path: "output")
        let build = try BontotProcess.run(["build", "--quiet", "--site", root.path, "--output", output.path])
        XCTAssertEqual(build.status, 1, build.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "a build with an error writes nothing")
    }

    /// Writes `bytes` to the file whose path below `root` is the bytes `name`, as a tool that
    /// writes names as they come does.
    private func write(_ bytes: [UInt8], named name: [UInt8], in root: URL) throws {
        let path = Array(root.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        XCTAssertEqual(bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }, bytes.count)
    }
}
