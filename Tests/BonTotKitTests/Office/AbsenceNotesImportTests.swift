@testable import BonTotKit
import Foundation
import XCTest

/// What `import minutes` writes and says of Word minutes giving the absent in a way no field of
/// the front matter holds: a reason without a name ("Vắng 01 đồng chí (có lý do: ốm)"), an
/// absent count below the excused named.
final class AbsenceNotesImportTests: DocumentsSiteTestCase {
    private let path = "content/minutes/2026/ap-1-2026-11.md"

    private func run(_ name: String) -> MinutesImport.Report {
        MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: name, siteRoot: root, branch: "ap-1", kind: nil,
                          dryRun: false)
    }

    /// The written file's line starting with `prefix`.
    private func line(_ prefix: String) throws -> String? {
        try String(contentsOf: root.appending(path: path), encoding: .utf8).components(separatedBy: "\n").first { $0.hasPrefix(prefix) }
    }

    func testAReasonWithoutANameIsACommentOnTheAttendanceLine() throws {
        let report = run("bien-ban-ly-do-khong-ten.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [])
        XCTAssertEqual(try line("attendance:"),
                       "attendance: { present: 82, expected: 83, excused: 1, unexcused: 0 }   # lý do vắng (không ghi tên): ốm")
        XCTAssertNil(try line("absent:"))
        XCTAssertEqual(SiteLoader.load(root: root).diagnostics.sorted.map(\.description), [], "the comment is no problem to the check")
    }
}
