import BonTotKit
import Foundation
import XCTest

/// `bontot init` writes `base_url: http://127.0.0.1:8080/`, the preview's address. A site built
/// with it and copied to the shared folder published a feed and a sitemap pointing at the clerk's
/// own computer without a word: `build` now warns on the `base_url` line, saying what to write;
/// `serve`, whose preview is on that computer, and `check` stay quiet about it.
final class LoopbackBaseURLTests: FolderTestCase {
    private func initSite() throws -> (site: URL, line: Int) {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let yaml = try String(contentsOf: site.appending(path: "site.yaml"), encoding: .utf8)
        let line = try XCTUnwrap(yaml.components(separatedBy: "\n").firstIndex { $0.hasPrefix("base_url:") }) + 1
        return (site, line)
    }

    func testBuildWarnsOnALoopbackBaseURLAndStrictWritesNothing() throws {
        let (site, line) = try initSite()
        let warning = "site.yaml:\(line): warning: base_url 'http://127.0.0.1:8080/' là địa chỉ của chính máy này"
        let build = try BontotProcess.run(["build", "--quiet", "--site", site.path])
        XCTAssertEqual(build.status, 0, build.errors)
        XCTAssertTrue(build.errors.contains(warning), build.errors)
        XCTAssertTrue(build.errors.contains("ví dụ base_url: https://intranet.example/dang-bo/"), "it says what to write")
        let counted = try BontotProcess.run(["build", "--site", site.path])
        XCTAssertTrue(counted.output.contains("0 lỗi, 1 cảnh báo"), counted.output)

        let check = try BontotProcess.run(["check", "--strict", "--site", site.path])
        XCTAssertEqual(check.status, 0, "check is no publishing: \(check.errors)")
        XCTAssertFalse(check.errors.contains("base_url"), check.errors)

        let output = folder.appending(path: "chia-se")
        let strict = try BontotProcess.run(["build", "--strict", "--site", site.path, "--output", output.path])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.errors.contains(warning), strict.errors)
        XCTAssertTrue(strict.output.contains("Không tạo trang vì còn cảnh báo (--strict coi cảnh báo là lỗi)"), strict.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "--strict wrote nothing")

        for address in ["http://localhost:8080/", "http://[::1]:8080/", "http://127.1.2.3/dang-bo/"] {
            try replaceBaseURL(in: site, with: address)
            let other = try BontotProcess.run(["build", "--quiet", "--site", site.path])
            XCTAssertTrue(other.errors.contains("site.yaml:\(line): warning: base_url '\(address)' là địa chỉ của chính máy này"),
                          "\(address): \(other.errors)")
        }
        for address in ["https://intranet.example/dang-bo/", "http://127.example/", "http://10.0.0.5/dang-bo/", "/"] {
            try replaceBaseURL(in: site, with: address)
            let published = try BontotProcess.run(["build", "--quiet", "--site", site.path])
            XCTAssertEqual(published.status, 0, published.errors)
            XCTAssertFalse(published.errors.contains("base_url"), "\(address): \(published.errors)")
        }
    }

    private func replaceBaseURL(in site: URL, with address: String) throws {
        let file = site.appending(path: "site.yaml")
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            .map { $0.hasPrefix("base_url:") ? "base_url: \(address)" : $0 }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }
}

/// The preview is on this computer: its address is right there, and `serve` says nothing of it.
final class LoopbackBaseURLServeTests: ServeTestCase {
    func testServeOfTheSampleSiteSaysNothingOfItsBaseURL() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let (base, log) = try serve(site)
        XCTAssertNotNil(ServeCommandTests.wait(for: base, until: { !$0.isEmpty }), "never served:\n\(ServeCommandTests.read(log))")
        let printed = ServeCommandTests.read(log, until: { $0.contains("Đã dựng ") })
        XCTAssertTrue(printed.contains("Đã dựng "), printed)
        XCTAssertFalse(printed.contains("base_url"), printed)
    }
}
