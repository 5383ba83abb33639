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
    /// but the check's "present plus absent exceeds expected", in no terms of the document. The
    /// warning quotes the clerk's words about the absent, so that the clerk finds them.
    func testAnAbsentCountBelowTheExcusedNamedIsWarnedOnTheAttendanceLine() throws {
        let report = run("bien-ban-vang-lech-ly-do.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            "\(path):10: warning: số liệu dự họp trong biên bản 'bien-ban-vang-lech-ly-do.docx' không khớp: vắng 1, nhưng có lý do 2; "
                + "chưa ghi số vắng không lý do ('vắng 01 đồng chí (có lý do: đồng chí Nguyễn Văn An – ốm, đồng chí…'); hãy đối chiếu "
                + "với biên bản rồi sửa dòng này / the attendance figures of 'bien-ban-vang-lech-ly-do.docx' do not add up: absent 1, "
                + "but 2 excused; unexcused not written ('vắng 01 đồng chí (có lý do: đồng chí Nguyễn Văn An – ốm, đồng chí…'): check "
                + "them against the document",
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

    /// The warning of the absent counted in `bien-ban-vang-dia-danh.docx` with no reason said.
    private let unsaidReason = "content/minutes/2026/ap-1-2026-11.md:10: warning: biên bản 'bien-ban-vang-dia-danh.docx' ghi 'vắng: 01 đồng chí: Hà Đông' "
        + "nhưng không nói có lý do hay không; đã ghi là vắng không lý do (unexcused: 1), khiến buổi họp không đạt chất lượng; hãy "
        + "đối chiếu rồi sửa 'excused'/'unexcused' / 'bien-ban-vang-dia-danh.docx' counts 1 absent ('vắng: 01 đồng chí: Hà Đông') "
        + "without saying whether excused: written as unexcused, check it"

    /// "vắng: 01 đồng chí: Hà Đông": a district that reads as a full name, alone after "vắng". No
    /// member is made of it; the import says what the clerk is to check, and how to add the name.
    func testAPlaceThatReadsAsAFullNameIsNoMemberButWarned() throws {
        let report = run("bien-ban-vang-dia-danh.docx")
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            "\(path):10: warning: biên bản 'bien-ban-vang-dia-danh.docx' ghi 'Hà Đông' sau 'vắng' ('vắng: 01 đồng chí: Hà Đông'): "
                + "là tên đảng viên vắng mặt hay nơi đồng chí vắng mặt đang ở? chưa ghi vào 'absent'; nếu là tên đảng viên, thêm "
                + "'- { name: Hà Đông }' dưới 'absent:' / 'bien-ban-vang-dia-danh.docx' writes 'Hà Đông' after 'vắng', a place or "
                + "an absent member's name: not written under absent; add it if it is a member",
            unsaidReason,
        ])
        XCTAssertNil(try line("absent:"))
    }

    /// The same minutes of a branch whose file names a committee member Hà Đông: the absent is that
    /// member, with no warning but that no reason is said.
    func testAPlaceThatReadsAsAFullNameIsAKnownMember() throws {
        let branch = root.appending(path: "content/branches/ap-1.yaml")
        let text = try String(contentsOf: branch, encoding: .utf8)
        try text.replacingOccurrences(of: "deputies: [Lê Thị Hoa]", with: "deputies: [Lê Thị Hoa]\ncommittee: [Hà Đông]")
            .write(to: branch, atomically: true, encoding: .utf8)
        let report = run("bien-ban-vang-dia-danh.docx")
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [unsaidReason])
        XCTAssertEqual(try line("  - { name: Hà"), "  - { name: Hà Đông }")
    }
}
