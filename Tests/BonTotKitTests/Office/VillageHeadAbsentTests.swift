@testable import BonTotKit
import XCTest

/// The head of a village named by a one-word village after the office ("Trưởng thôn Đông", "Trưởng
/// ấp Chợ"), as the absent are written (SPEC §1 `absent:`): the village is no member's name.
final class VillageHeadAbsentTests: XCTestCase {
    private let lead = "Có mặt: 27/28 đồng chí; "

    /// After a name and a dash, "Trưởng thôn Đông" is the office the named member holds: absent for
    /// "ốm" (it read the reason "Đông (ốm)", or Đông as a second absent).
    func testAfterAName() {
        assertReadings([
            "Vắng: Nguyễn Văn Hùng - Trưởng thôn Đông (ốm).": "Nguyễn Văn Hùng (ốm) | 1/0",
            "vắng 01 đồng chí: Nguyễn Văn Hùng - Trưởng thôn Đông (ốm).": "Nguyễn Văn Hùng (ốm) | 1/0",
            "vắng 01 đồng chí: Hùng - Trưởng thôn Tây, đi công tác.": "Hùng (đi công tác) | 1/0",
        ], after: lead)
    }

    /// With no name, "Trưởng thôn Đông (ốm)" is someone absent for "ốm", unnamed; "Đông" is not
    /// written under `absent` (it was, as a member named Đông), but told to the editor as unsure,
    /// even when the branch file names a member Đông: the office makes it a village.
    func testWithoutAName() {
        let facts = assertUnnamed("vắng 01 đồng chí: Trưởng thôn Đông (ốm).", reading: " | 1/0", reasons: ["ốm"], unsure: ["Đông"])
        let known = facts.takingKnownMembers([Slug.fold("Nguyễn Văn Đông"), Slug.fold("Trần Thị Lan")])
        XCTAssertEqual(known.absent.map(\.name), [])
        XCTAssertEqual(known.unsureAbsentNames, ["Đông"])
        XCTAssertEqual(facts.takingKnownMembers([Slug.fold("Nguyễn Văn Hùng")]).absent.map(\.name), [])
        assertReadings([
            "vắng 01 đồng chí (Trưởng thôn Đông - ốm).": " | 1/0",
        ], after: lead)
        // With no count, each head is one absent, excused for the reason after the village (none was counted).
        assertUnnamed("vắng: Trưởng thôn Nam (ốm).", reading: " | 1/0", reasons: ["ốm"], unsure: ["Nam"])
        assertUnnamed("Vắng: Trưởng thôn Đông (ốm), Trưởng thôn Nam (đi công tác).", reading: " | 2/0", reasons: ["ốm", "đi công tác"],
                      unsure: ["Đông", "Nam"])
        XCTAssertEqual(AttendanceLineReading.facts(lead + "vắng: Trưởng thôn Nam (ốm).").absentCount, 1)
        // With only a label after the village, each head is counted by it (they were not counted at all).
        assertUnnamed("vắng: Trưởng thôn Nam (không lý do).", reading: " | 0/1", reasons: [], unsure: ["Nam"])
        assertUnnamed("vắng: Trưởng thôn Nam (có lý do).", reading: " | 1/0", reasons: [], unsure: ["Nam"])
        assertUnnamed("Vắng: Trưởng thôn Đông (có lý do), Trưởng thôn Nam (không lý do).", reading: " | 1/1", reasons: [],
                      unsure: ["Đông", "Nam"])
        XCTAssertEqual(AttendanceLineReading.facts(lead + "vắng: Trưởng thôn Nam (không lý do).").absentCount, 1)
        // A reason for one and a label for the other (they were not counted).
        assertUnnamed("Vắng: Phó thôn Đông (ốm), Trưởng thôn Nam (không lý do).", reading: " | 1/1", reasons: ["ốm"],
                      unsure: ["Đông", "Nam"])
    }

    /// Two heads with no name, each with a reason ("Trưởng thôn Đông (ốm), Trưởng thôn Nam (đi
    /// công tác)"): both reasons are in the attendance comment (the second was dropped), 2 excused.
    func testTwoHeadsWithoutANameKeepBothReasons() {
        let line = lead + "vắng 02 đồng chí: Trưởng thôn Đông (ốm), Trưởng thôn Nam (đi công tác)"
        assertUnnamed("vắng 02 đồng chí: Trưởng thôn Đông (ốm), Trưởng thôn Nam (đi công tác)", reading: " | 2/0",
                      reasons: ["ốm", "đi công tác"], unsure: ["Đông", "Nam"])
        XCTAssertTrue(AttendanceLineReading.frontMatter(line).contains("# lý do vắng (không ghi tên): ốm; đi công tác\n"),
                      AttendanceLineReading.frontMatter(line))
    }

    /// A village of two words after its head, with no name ("Trưởng ấp Chợ Mới (ốm)"), is someone
    /// absent for "ốm", unnamed, whose name is asked for as a one-word village's head's is: it was
    /// a member named "Chợ Mới"; after a name, that name's.
    func testATwoWordVillageWithoutAName() {
        assertUnnamed("vắng 01 đồng chí: Trưởng ấp Chợ Mới (ốm).", reading: " | 1/0", reasons: ["ốm"], unsure: ["Chợ Mới"])
        assertReadings([
            "vắng 01 đồng chí (Trưởng thôn Bến Cũ - đi công tác).": " | 1/0",
            "vắng 01 đồng chí: Trưởng ấp Nguyễn Văn Hùng (ốm).": "Nguyễn Văn Hùng (ốm) | 1/0",
            "vắng 01 đồng chí: Nguyễn Văn Hùng - Trưởng ấp Chợ Mới (ốm).": "Nguyễn Văn Hùng (ốm) | 1/0",
        ], after: lead)
    }

    /// Reads `words` after the lead and asserts its reading, its reasons without names and the
    /// names told to the editor as unsure; returns the facts for further checks.
    @discardableResult
    private func assertUnnamed(_ words: String, reading: String, reasons: [String], unsure: [String],
                               line: UInt = #line) -> MinutesFacts {
        let facts = AttendanceLineReading.facts(lead + words)
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), reading, line: line)
        XCTAssertEqual(facts.reasonsWithoutNames, reasons, line: line)
        XCTAssertEqual(facts.unsureAbsentNames, unsure, line: line)
        return facts
    }
}
