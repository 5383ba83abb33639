@testable import BonTotKit
import Foundation
import XCTest

/// What `import minutes` writes of "vắng 01 đồng chí: Trưởng thôn Nam (ốm)" for a branch whose file
/// names a member Nam (SPEC §8): the village head's office makes "Nam" the village, not the
/// member, who was written absent; the warning asks for the head's name (it told the clerk to
/// add '- { name: Nam }', the member the rule keeps out), and a place as a name is told apart.
final class VillageHeadImportTests: DocumentsSiteTestCase {
    private let path = "content/minutes/2026/ap-1-2026-11.md"

    func testAVillageNamedAsAMemberIsNoMember() throws {
        let branch = root.appending(path: "content/branches/ap-1.yaml")
        let text = try String(contentsOf: branch, encoding: .utf8)
        try text.replacingOccurrences(of: "deputies: [Lê Thị Hoa]", with: "deputies: [Lê Thị Hoa]\ncommittee: [Nguyễn Văn Nam]")
            .write(to: branch, atomically: true, encoding: .utf8)
        let name = "bien-ban-truong-thon-nam.docx"
        let report = MinutesImport.run(OfficeFixtures.folder.appending(path: name), source: name, siteRoot: root, branch: "ap-1",
                                       kind: nil, dryRun: false)
        XCTAssertEqual(report.outcomes.map(\.path), [path])
        XCTAssertEqual(report.diagnostics.sorted.map(\.description), [
            "\(path):10: warning: biên bản '\(name)' ghi trưởng (phó) thôn, ấp vắng mặt mà không ghi tên ('vắng 01 đồng chí: Trưởng "
                + "thôn Nam (ốm)'): 'Nam' là tên thôn, ấp, không phải tên đảng viên, nên chưa ghi vào 'absent'; nếu biết họ tên đồng chí "
                + "vắng mặt, thêm '- { name: <họ và tên> }' dưới 'absent:' / '\(name)' writes the head of a village absent with no "
                + "name: 'Nam', the village, is not written under absent; add the head's full name if known",
        ])
        let written = try String(contentsOf: root.appending(path: path), encoding: .utf8)
        XCTAssertTrue(written.contains("attendance: { present: 82, expected: 83, excused: 1, unexcused: 0 }   # lý do vắng (không ghi tên): ốm\n"),
                      written)
        XCTAssertFalse(written.contains("absent:"), written)
    }

    /// The village alone is told as a village; a place that reads as a full name keeps its own question.
    func testAVillageIsNotAskedAboutAsAMember() {
        let village = AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vắng 01 đồng chí: Trưởng thôn Đông (ốm).")
        XCTAssertNil(AttendanceMessages.unsureNames(village, source: "a.docx"))
        let told = AttendanceMessages.unnamedVillageHeads(village, source: "a.docx") ?? ""
        XCTAssertTrue(told.contains("'Đông' là tên thôn, ấp, không phải tên đảng viên"), told)
        XCTAssertFalse(told.contains("{ name: Đông }"), told)
        let place = AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vắng: 01 đồng chí: Hà Đông.")
        XCTAssertNil(AttendanceMessages.unnamedVillageHeads(place, source: "a.docx"))
        XCTAssertNotNil(AttendanceMessages.unsureNames(place, source: "a.docx"))
    }
}
