import BonTotKit
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Nothing a user can put in a file crashes the loader: empty files, the wrong shape of YAML,
/// binary junk. Each gives one clear error on the file.
final class GarbageValidationTests: XCTestCase {
    func testEmptyYAMLFiles() throws {
        try assertDiagnostics(["content/branches/cong-an-xa.yaml": ""],
                              [.error("content/branches/cong-an-xa.yaml", 1, "the file is empty")])
        try assertDiagnostics(["content/evaluations/2023.yaml": ""],
                              [.error("content/evaluations/2023.yaml", 1, "the file is empty")])
        let loaded = try ValidationSite.load("minimal", ["site.yaml": ""])
        assertDiagnostics(loaded, [.error("site.yaml", 1, "the file is empty")])
        XCTAssertNil(loaded.site)
    }

    /// A named pipe where a minutes file should be (left by some tool) is reported as a file
    /// that cannot be read; the load does not wait for a writer that never comes.
    func testANamedPipeIsUnreadableAndDoesNotHang() throws {
        let root = try ValidationSite.make("minimal")
        let pipe = root.appending(path: "content/minutes/2024/ong-dan.md")
        XCTAssertEqual(mkfifo(pipe.path, 0o644), 0, "mkfifo")
        let done = expectation(description: "the load returns")
        let result = LoadResult()
        Thread.detachNewThread {
            result.loaded = SiteLoader.load(root: root)
            done.fulfill()
        }
        wait(for: [done], timeout: 60)
        assertDiagnostics(try XCTUnwrap(result.loaded, "the load waited on the pipe"),
                          [.error("content/minutes/2024/ong-dan.md", 1, "cannot read the file")])
    }

    func testEmptyRubricStopsScoresButNotOtherChecks() throws {
        let loaded = try ValidationSite.load("minimal", [
            "content/rubric.yaml": "",
            "content/evaluations/2023.yaml": "period: 2023\nscores: {\n",
            "content/minutes/2024/ap-2-2024-09.md": "---\nbranch: ap-22\ndate: 2024-09-06\nkind: thuong-ky\n---\n",
        ])
        assertDiagnostics(loaded, [
            .error("content/evaluations/2023.yaml", 2, "YAML syntax error"),
            .error("content/minutes/2024/ap-2-2024-09.md", 2, "unknown branch 'ap-22'"),
            .error("content/rubric.yaml", 1, "the file is empty"),
        ])
        XCTAssertNil(loaded.site)
    }

    func testEmptyMarkdownFiles() throws {
        try assertDiagnostics(["content/minutes/2024/ap-2-2024-09.md": ""],
                              [.error("content/minutes/2024/ap-2-2024-09.md", 1, "the file is empty (0 bytes)")])
        try assertDiagnostics(["content/stories/hien-dat.md": "---\n---\n"],
                              [.error("content/stories/hien-dat.md", 1, "the front matter is empty")])
        try assertDiagnostics(["content/bulletins/2024-09.md": ""], [])
    }

    func testEmptyCSV() throws {
        try assertDiagnostics(["content/evaluations/2024.csv": ""],
                              [.error("content/evaluations/2024.csv", 1, "the CSV file is empty")])
    }

    func testListWhereAMappingIsExpected() throws {
        try assertDiagnostics(["content/branches/cong-an-xa.yaml": "- name: Chi bộ Công an xã\n- kind: cong-an\n"],
                              [.error("content/branches/cong-an-xa.yaml", 1, "a list")])
        try assertDiagnostics(["site.yaml": "Cổng thông tin\n"], [.error("site.yaml", 1, "a single value")])
        try assertDiagnostics(["content/branches/cong-an-xa.yaml": "name: Chi bộ Công an xã\nkind: cong-an\nmembers: 9\n"],
                              [.error("content/branches/cong-an-xa.yaml", 3, "hãy viết members: { official: 9, probationary: 0 }")])
    }

    func testWrongShapesInsideTheRubricAndScores() throws {
        try assertDiagnostics(["content/evaluations/2023.yaml": "period: 2023\nscores:\n  - ap-1\n"],
                              [.error("content/evaluations/2023.yaml", 3, "'scores' must be")])
        try assertDiagnostics(["content/evaluations/2023.yaml": """
            period: 2023
            scores:
              ap-1: 93
            """], [.error("content/evaluations/2023.yaml", 3, "'scores.ap-1' must be")])
    }

    func testControlCharactersAreReportedOnTheirLine() throws {
        let bytes: [UInt8] = Array("title: A\norganization: B\n".utf8) + [0x00, 0x01, 0x02, 0x7F, 0x0A]
        try assertDiagnostics(["site.yaml": .bytes(bytes)], [.error("site.yaml", 3, "invalid characters")])
    }

    func testBinaryJunkNamedLikeContent() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xD8, 0xFF]
        try assertDiagnostics(["content/stories/anh.md": .bytes(png)],
                              [.error("content/stories/anh.md", 1, "not UTF-8")])
        try assertDiagnostics(["content/evaluations/2024.csv": .bytes(png)],
                              [.error("content/evaluations/2024.csv", 1, "not UTF-8")])
    }

    func testUnclosedQuoteInCSV() throws {
        try assertDiagnostics(["content/evaluations/2024.csv": "branch;sinh-hoat\nap-1;\"28\n"],
                              [.error("content/evaluations/2024.csv", 2, "unclosed quote")])
    }

    func testDeeplyNestedYAMLDoesNotCrash() throws {
        let nested = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        try assertDiagnostics(["content/branches/cong-an-xa.yaml": .text("name: A\nkind: cong-an\ndeputies: \(nested)\n")],
                              [.error("content/branches/cong-an-xa.yaml", 3, "'deputies' must be")])
    }
}

/// What a load on another thread gave, for a test that must not wait for it forever.
private final class LoadResult: @unchecked Sendable {
    var loaded: LoadedSite?
}
