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

    /// "vắng 01 đồng chí" with two excused named: the unexcused (−1) was left out with no word
    /// but the check's "present plus absent exceeds expected", in no terms of the document.
    func testAnAbsentCountBelowTheExcusedNamedIsWarnedOnTheAttendanceLine() throws {
        let report = run("bien-ban-vang-lech-ly-do.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            "\(path):10: warning: số liệu dự họp trong biên bản 'bien-ban-vang-lech-ly-do.docx' không khớp: vắng 1, nhưng có lý do 2; "
                + "chưa ghi số vắng không lý do; hãy đối chiếu với biên bản rồi sửa dòng này / the attendance figures of "
                + "'bien-ban-vang-lech-ly-do.docx' do not add up: absent 1, but 2 excused; unexcused not written: check them against the document",
        ])
        XCTAssertEqual(try line("attendance:"), "attendance: { present: 82, expected: 83, excused: 2 }   # số vắng theo biên bản: 1")
        XCTAssertEqual(try line("  - { name: Nguyễn Văn An"), "  - { name: Nguyễn Văn An, reason: ốm }")
    }

    /// Three excused and one unexcused named under a table counting two and one ("Vắng có lý do |
    /// Vắng không lý do" over "02 | 01"): the names were dropped
    /// with no word. They are kept, the counts stay as written, and the import says what to check,
    /// once (the check's own "more names than counted" is not said again).
    func testNamesUnlikeTheCountsAboveThemAreKeptAndWarned() throws {
        let report = run("bien-ban-ten-vang-lech-so.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            "\(path):10: warning: biên bản 'bien-ban-ten-vang-lech-so.docx' ghi vắng 03 nhưng kể tên 04 đồng chí; có lý do 02 nhưng "
                + "kể tên 03 ('Vắng có lý do: đồng chí Lê Văn Cường (ốm), đồng chí Đỗ Thị Dung (đi…'); đã ghi cả 04 tên vào 'absent' "
                + "và giữ số liệu như biên bản; hãy đối chiếu với biên bản rồi sửa 'absent' hoặc 'attendance' / the names under the "
                + "counts of 'bien-ban-ten-vang-lech-so.docx' do not match them (3 absent, but 4 named; 2 excused, but 3 named so): "
                + "all names kept, the counts as written; check them",
        ])
        XCTAssertEqual(try line("attendance:"), "attendance: { present: 25, expected: 28, excused: 2, unexcused: 1 }")
        XCTAssertEqual(try line("  - { name: Hà Văn Em"), "  - { name: Hà Văn Em, reason: việc gia đình }")
    }
}
