import BonTotKit
import XCTest

/// Empty files are told as such, and a broken `rubric.yaml` hides no score file's own problems:
/// one run reports them all (SPEC §6).
final class EmptyFileValidationTests: XCTestCase {
    /// An empty rubric cannot judge any score, yet an empty workbook, an empty CSV, an empty
    /// YAML file and a CSV whose name is no period are wrong whatever the rubric says.
    func testAnEmptyRubricHidesNoScoreFilesOwnProblems() throws {
        let loaded = try ValidationSite.load("minimal", [
            "content/rubric.yaml": .bytes([]),
            "content/evaluations/2025.xlsx": .bytes([]),
            "content/evaluations/2025-q4.csv": .bytes([]),
            "content/evaluations/2025-q3.yaml": .bytes([]),
            "content/evaluations/Bang diem.csv": "branch;sinh-hoat\nap-1;25\n",
        ])
        assertDiagnostics(loaded, [
            .error("content/rubric.yaml", 1, "the file is empty"),
            .error("content/evaluations/2025.xlsx", 1, "the file is empty (0 bytes)"),
            .error("content/evaluations/2025-q4.csv", 1, "the CSV file is empty"),
            .error("content/evaluations/2025-q3.yaml", 1, "the file is empty"),
            .error("content/evaluations/Bang diem.csv", 1, "the file name must be the period"),
        ])
    }

    /// A 0-byte minutes or story file is told it is empty, as an empty branch file is, not that
    /// its front matter's '---' lines are missing.
    func testAnEmptyMarkdownFileIsToldItIsEmpty() throws {
        let loaded = try ValidationSite.load("minimal", [
            "content/minutes/2024/ap-1-2024-12.md": .bytes([]),
            "content/stories/hien-dat.md": .bytes([]),
            "content/branches/ap-2.yaml": .bytes([]),
        ])
        assertDiagnostics(loaded, [
            .error("content/minutes/2024/ap-1-2024-12.md", 1, "the file is empty (0 bytes)"),
            .error("content/stories/hien-dat.md", 1, "the file is empty (0 bytes)"),
            .error("content/branches/ap-2.yaml", 1, "the file is empty"),
        ])
        XCTAssertTrue(loaded.diagnostics.sorted.allSatisfy { $0.message.hasPrefix("tệp trống") }, "\(loaded.diagnostics.sorted)")
    }
}
