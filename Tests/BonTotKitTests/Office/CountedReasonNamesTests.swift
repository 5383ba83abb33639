@testable import BonTotKit
import XCTest

/// A count before its reason label, then the names in brackets ("01 đ/c có lý do (Lan - ốm), 01 đ/c
/// không lý do (Hùng)"), as offices write the absent (SPEC §1 `absent:`): the names were lost, the
/// bracket written as a reason with no name ("Lan - ốm").
final class CountedReasonNamesTests: XCTestCase {
    func testBareNamesInTheBracketAfterTheCountedReason() {
        let line = "Có mặt: 26/28 đảng viên; Vắng mặt: 02 đ/c, trong đó 01 đ/c có lý do (Lan - ốm), 01 đ/c không lý do (Hùng)."
        let facts = AttendanceLineReading.facts(line)
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Lan (ốm), Hùng | 1/1")
        XCTAssertEqual(facts.reasonsWithoutNames, [])
        assertReadings([
            "vắng 02 đồng chí: 01 đồng chí có lý do (Lan), 01 đồng chí không lý do (Hùng).": "Lan, Hùng | 1/1",
            "vắng 03 đồng chí, trong đó 02 đồng chí có lý do (Lan - ốm, Mai - đi học), 01 đồng chí không lý do.":
                "Lan (ốm), Mai (đi học) | 2/1",
        ], after: "Có mặt: 25/28 đồng chí; ")
    }
}
