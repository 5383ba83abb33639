@testable import BonTotKit
import XCTest

/// Counts of the absent by reason adding up to more than the absent ("Vắng 02 đồng chí, trong
/// đó 03 đồng chí ốm"), as clerks miscount (SPEC §1 `attendance:`): the parts were dropped with
/// no word (-/2). They are read as written, the absent's count kept, and the import warns on the
/// attendance line, as it does of counted names over the absent ("…, 02 đ/c không lý do (Hùng, Hoa)").
final class CountedPartsOverTheAbsentTests: XCTestCase {
    private let lead = "Có mặt: 26/28 đảng viên; "

    func testPartsOverTheAbsentAreKeptAndWarned() {
        for clause in ["Vắng 02 đồng chí, trong đó 03 đồng chí ốm.", "Vắng 02 đồng chí, trong đó 01 đồng chí ốm, 02 đồng chí đi công tác.",
                       "vắng 02 đồng chí: 01 đồng chí ốm, 02 đồng chí đi công tác."] {
            let facts = AttendanceLineReading.facts(lead + clause)
            XCTAssertEqual(facts.absentCount, 2, clause)
            XCTAssertEqual(AttendanceLineReading.absent(of: facts), " | 3/-", clause)
            XCTAssertEqual(facts.attendanceMismatch?.vietnamese, "vắng 2, nhưng có lý do 3; chưa ghi số vắng không lý do", clause)
            XCTAssertTrue(AttendanceLineReading.frontMatter(lead + clause).contains("excused: 3 }   # số vắng theo biên bản: 2; lý do vắng"),
                          AttendanceLineReading.frontMatter(lead + clause))
        }
        let unexcused = AttendanceLineReading.facts(lead + "Vắng 02 đồng chí, trong đó 01 đồng chí ốm, 02 đồng chí không lý do.")
        XCTAssertEqual(AttendanceLineReading.absent(of: unexcused), " | 1/2")
        XCTAssertEqual(unexcused.attendanceMismatch?.vietnamese, "vắng 2, nhưng có lý do 1 + không lý do 2 = 3")
    }
}

/// The warning of counts by reason over the absent, as `import minutes` gives it (SPEC §8): it
/// gave the figures only ("vắng 2, nhưng có lý do 3"), which the clerk could not find in the
/// document; it quotes the clerk's words about the absent, as the other warnings of the absent do.
final class CountedPartsOverTheAbsentImportTests: DocumentsSiteTestCase {
    func testTheWarningQuotesTheClerksWords() {
        let name = "bien-ban-vang-hon-so-ly-do.docx", path = "content/minutes/2026/ap-1-2026-11.md"
        let report = MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: name, siteRoot: root, branch: "ap-1",
                                       kind: nil, dryRun: true)
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            "\(path):10: warning: số liệu dự họp trong biên bản '\(name)' không khớp: vắng 2, nhưng có lý do 3; chưa ghi số vắng "
                + "không lý do ('Vắng 02 đồng chí, trong đó 03 đồng chí ốm'); hãy đối chiếu với biên bản rồi sửa dòng này / the "
                + "attendance figures of '\(name)' do not add up: absent 2, but 3 excused; unexcused not written ('Vắng 02 đồng chí, "
                + "trong đó 03 đồng chí ốm'): check them against the document",
        ])
    }
}
