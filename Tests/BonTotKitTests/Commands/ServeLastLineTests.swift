import XCTest

/// `serve` ends its first build with the line `build` ends with: pages the last build left
/// unchanged are said to be unchanged, not only counted ("Đã dựng 0/24 trang" read as though
/// nothing had been made).
final class ServeLastLineTests: ServeTestCase {
    func testServeAfterABuildSaysItsPagesAreUnchanged() throws {
        let site = folder.appending(path: "trang")
        XCTAssertEqual(try BontotProcess.run(["init", site.path]).status, 0)
        let built = try BontotProcess.run(["build", "--site", site.path])
        XCTAssertEqual(built.status, 0, built.errors)
        let pages = try XCTUnwrap(built.output.firstMatch(of: /Đã dựng (\d+)\/\1 trang, ghi/)?.1, built.output)
        let (base, log) = try serve(site)
        XCTAssertNotNil(ServeCommandTests.wait(for: base, until: { !$0.isEmpty }), "never served:\n\(ServeCommandTests.read(log))")
        let printed = ServeCommandTests.read(log, until: { $0.contains("Đã dựng ") })
        XCTAssertTrue(printed.contains("Đã dựng 0/\(pages) trang (\(pages) trang không đổi) trong "), printed)
    }
}
