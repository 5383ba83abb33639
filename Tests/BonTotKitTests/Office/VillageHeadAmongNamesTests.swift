@testable import BonTotKit
import XCTest

/// Village heads among the absent named (SPEC §1 `absent:`, §8): a member given with his office
/// after his titled name and a comma ("đồng chí Nam, Trưởng thôn Đông (ốm)") or in brackets after
/// his name ("đ/c Nam (Trưởng thôn Đông) - ốm") keeps his reason; a
/// head with no name beside named members ("Trưởng thôn Nam (ốm), đ/c Lan (đi công tác)") is
/// counted by the village-head rule, never written as member Nam, and the names are kept.
final class VillageHeadAmongNamesTests: XCTestCase {
    /// "đồng chí Nam, Trưởng thôn Đông (ốm)": Nam, absent for "ốm" (the reason was lost), and no
    /// question about a head with no name.
    func testAMemberWithHisOfficeAfterAComma() {
        let line = "Có mặt: 27/28 đồng chí; vắng 01 đồng chí: đồng chí Nam, Trưởng thôn Đông (ốm)"
        let facts = AttendanceLineReading.facts(line)
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Nam (ốm) | 1/0")
        XCTAssertEqual(facts.unsureAbsentNames, [])
        XCTAssertNil(AttendanceMessages.unnamedVillageHeads(facts, source: "a.docx"))
        let written = AttendanceLineReading.frontMatter(line)
        XCTAssertTrue(written.contains("""
            attendance: { present: 27, expected: 28, excused: 1, unexcused: 0 }
            absent:
              - { name: Nam, reason: ốm }

            """), written)
        assertReadings([
            "vắng: đồng chí Nam, Trưởng thôn Đông (ốm).": "Nam (ốm) | 1/0",
            "vắng 01 đồng chí: đ/c Nguyễn Văn Nam, Trưởng ấp Chợ Mới (đi công tác).": "Nguyễn Văn Nam (đi công tác) | 1/0",
            "vắng 01 đồng chí: đồng chí Nam, Phó thôn Bắc - ốm.": "Nam (ốm) | 1/0",
        ], after: "Có mặt: 27/28 đồng chí; ")
    }

    /// "đ/c Nam (Trưởng thôn Đông) - ốm": the office alone in brackets after the name is Nam's, absent
    /// for "ốm" (the reason was lost and Đông asked about as a head with no name).
    func testAMemberWithHisOfficeInBrackets() {
        for (line, reading) in [("vắng 01 đồng chí: đ/c Nam (Trưởng thôn Đông) - ốm.", "Nam (ốm) | 1/0"),
                                ("vắng 01 đồng chí: Nguyễn Văn Nam (Trưởng thôn Đông), ốm.", "Nguyễn Văn Nam (ốm) | 1/0"),
                                ("vắng 01 đồng chí: đ/c Nam (Trưởng thôn Đông - ốm).", "Nam (ốm) | 1/0")] {
            let facts = AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; " + line)
            XCTAssertEqual(AttendanceLineReading.absent(of: facts), reading, line)
            XCTAssertEqual(facts.unsureAbsentNames, [], line)
        }
        // With no name before the bracket, the head is unnamed, as before.
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Trưởng thôn Đông - ốm).").unsureAbsentNames, ["Đông"])
    }

    /// "vắng: Trưởng thôn Nam (ốm), đ/c Lan (đi công tác)", with no count: two absent, both
    /// excused; Lan for "đi công tác", the head unnamed for "ốm", asked for his full name (one of
    /// the two was dropped).
    func testAnUnnamedHeadBesideANamedMember() {
        for line in ["Có mặt: 26/28 đồng chí; vắng: Trưởng thôn Nam (ốm), đ/c Lan (đi công tác)",
                     "Có mặt: 26/28 đồng chí; vắng: đ/c Lan (đi công tác), Trưởng thôn Nam (ốm)",
                     "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Trưởng thôn Nam (ốm), đ/c Lan (đi công tác)",
                     "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: đ/c Lan (đi công tác), Trưởng thôn Nam (ốm)",
                     "Có mặt: 26/28 đồng chí; vắng: Trưởng thôn Nam (ốm), Lan (đi công tác)",
                     "Có mặt: 26/28 đồng chí; vắng: Lan (đi công tác), Trưởng thôn Nam (ốm)"] {
            let facts = AttendanceLineReading.facts(line)
            XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Lan (đi công tác) | 2/0", line)
            XCTAssertEqual(facts.absentCount, 2, line)
            XCTAssertEqual(facts.reasonsWithoutNames, ["ốm"], line)
            XCTAssertEqual(facts.unsureAbsentNames, ["Nam"], line)
            let told = AttendanceMessages.unnamedVillageHeads(facts, source: "a.docx") ?? ""
            XCTAssertTrue(told.contains("'Nam' là tên thôn, ấp, không phải tên đảng viên"), line)
            // Nam stays the village though a member is named Nam.
            XCTAssertEqual(facts.takingKnownMembers([Slug.fold("Nguyễn Văn Nam")]).absent.map(\.name), ["Lan"], line)
        }
        let written = AttendanceLineReading.frontMatter("Có mặt: 26/28 đồng chí; vắng: Trưởng thôn Nam (ốm), đ/c Lan (đi công tác)")
        XCTAssertTrue(written.contains("""
            attendance: { present: 26, expected: 28, excused: 2, unexcused: 0 }   # lý do vắng (không ghi tên): ốm
            absent:
              - { name: Lan, reason: đi công tác }

            """), written)
        // A head with no reason said: counted, whether he had one unsaid.
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 26/28 đồng chí; vắng: Trưởng thôn Nam (không lý do), đ/c Lan (ốm)"), "Lan (ốm) | 1/1")
    }
}
