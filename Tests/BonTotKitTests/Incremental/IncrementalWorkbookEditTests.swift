import Foundation
import XCTest

/// A workbook is an input like the CSV: its bytes are hashed, and changing it rebuilds the
/// pages that show its scores, as a clean build would.
final class IncrementalWorkbookEditTests: XCTestCase {
    private let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/office")

    func testAScoreChangedInAWorkbook() throws {
        let original = try Data(contentsOf: fixtures.appending(path: "portal-2024.xlsx"))
        let changedWorkbook = try Data(contentsOf: fixtures.appending(path: "portal-2024-changed.xlsx"))
        let outcome = try assertIncrementalEqualsClean(prepare: { site in
            try site.remove("content/evaluations/2024.csv")
            try site.write("content/evaluations/2024.xlsx", original)
        }, edit: { site in
            try site.write("content/evaluations/2024.xlsx", changedWorkbook)
        })
        let changed = outcome.after.changed(since: outcome.before)
        for file in ["xep-hang/2024/index.html", "xep-hang/2024/bang-xep-hang.csv", "chi-bo/binh-minh/index.html"] {
            XCTAssertTrue(changed.contains(file), "\(file) shows the 2024 scores: \(changed)")
        }
        XCTAssertFalse(changed.contains("xep-hang/2023/index.html"), "the 2023 ranking does not change")
    }
}
