@testable import BonTotKit
import XCTest

/// Attendance typed without tone marks (SPEC §8) with a village whose name has marks ("Truong thon
/// Dong (om)" for "Trưởng thôn Đông (ốm)") or "vắng" before a title ("vang d/c Lan (om)"): the
/// head stays an unnamed village's head, never written as a member "Dong", and no absent is lost.
final class TonelessVillageHeadTests: XCTestCase {
    /// "Truong thon Dong (om)": the head of the village Đông, asked about, as "Trưởng thôn Đông (ốm)"
    /// is (it was written as an absent member named Dong, or the whole line was lost).
    func testAVillageTypedWithoutItsMarks() {
        for line in ["co mat 16/17; vang 01 dong chi: Truong thon Dong (om)", "co mat 16/17; vang: Truong thon Bac (om)"] {
            let facts = AttendanceLineReading.facts(line)
            XCTAssertEqual(AttendanceLineReading.absent(of: facts), " | 1/0", line)
            XCTAssertEqual(facts.reasonsWithoutNames, ["ốm"], line)
            XCTAssertNotNil(AttendanceMessages.unnamedVillageHeads(facts, source: "a.docx"), line)
        }
        // Beside a named member, both are counted; a member with his office keeps his reason.
        assertReadings([
            "co mat 15/17; vang: Truong thon Dong (om), d/c Lan (di hoc)": "Lan (đi học) | 2/0",
            "co mat 16/17; vang 01 dong chi: dong chi Nam, Truong thon Dong (om)": "Nam (ốm) | 1/0",
            "co mat 16/17; vang 01 dong chi: d/c Nam (Truong thon Dong) - om": "Nam (ốm) | 1/0",
            // A member named Dong stays a name.
            "co mat 16/17; vang 01 dong chi: d/c Dong (om)": "Dong (ốm) | 1/0",
        ])
    }

    /// "vang d/c Lan (om)": "vắng" before a title, typed without marks, counts Lan (the line was lost).
    func testAbsentBeforeATitle() {
        assertReadings([
            "co mat 16/17; vang d/c Lan (om)": "Lan (ốm) | 1/0",
            "co mat 16/17; vang dong chi Lan (om)": "Lan (ốm) | 1/0",
            "co mat 16/17; vang d/c Vang (om)": "Vang (ốm) | 1/0",
        ])
    }
}
