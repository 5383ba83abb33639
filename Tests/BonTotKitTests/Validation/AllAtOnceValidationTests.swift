import BonTotKit
import XCTest

/// Every problem of a run is reported at once, in reading order (SPEC §6).
final class AllAtOnceValidationTests: XCTestCase {
    func testThreeErrorsInThreeFilesAreAllReportedSorted() throws {
        let loaded = try ValidationSite.load("minimal", [
            "content/stories/hien-dat.md": "---\ntitle: Hiến đất\nkind: tap-the\ndate: 2024-08-15\nbranch: ap-3\n---\n",
            "content/branches/cong-an-xa.yaml": "name: Chi bộ Công an xã\nkind: congan\n",
            "content/minutes/2024/ap-2-2024-09.md": "---\nbranch: ap-2\ndate: 2024-09-31\nkind: thuong-ky\n---\n",
        ])
        XCTAssertEqual(loaded.diagnostics.errorCount, 3)
        XCTAssertEqual(loaded.diagnostics.sorted.map { "\($0.location)" }, [
            "content/branches/cong-an-xa.yaml:2",
            "content/minutes/2024/ap-2-2024-09.md:3",
            "content/stories/hien-dat.md:5",
        ])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.field), ["kind", "date", "branch"])
    }

    func testSeveralErrorsInOneFileAreSortedByLine() throws {
        let path = "content/minutes/2024/ap-2-2024-10.md"
        let loaded = try ValidationSite.load("minimal", [path: """
            ---
            kind: hop
            date: 2024-13-01
            attendance: { present: 30, expected: 29 }
            branch: ap-9
            chair: [A, B]
            ---
            """])
        assertDiagnostics(loaded, [
            .error(path, 2, "unknown kind 'hop'"),
            .error(path, 3, "the date does not exist"),
            .error(path, 4, "present is above expected"),
            .error(path, 5, "unknown branch 'ap-9'"),
            .error(path, 6, "'chair' must be a text"),
        ])
        XCTAssertEqual(loaded.diagnostics.sorted.map(\.location.line), [2, 3, 4, 5, 6])
    }
}
