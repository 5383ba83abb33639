@testable import BonTotKit
import XCTest

/// "trong đó" after the absent's count (SPEC §1 `attendance:`): how many of them had a reason,
/// and which, as the clerk counts them ("Vắng: 02 đồng chí, trong đó 01 đồng chí ốm").
final class AbsentOfWhomTests: XCTestCase {
    private let lead = "Có mặt: 25/28 đồng chí; "

    /// "trong đó 01 đồng chí ốm": one of the two excused, for "ốm", the other without a reason
    /// (the reasons were left unsaid, as if the clerk had written none).
    func testACountWithItsReasonAfterTrongDo() {
        assertReadings([
            "Vắng: 02 đồng chí, trong đó 01 đồng chí ốm.": " | 1/1",
            "vắng 03 đồng chí, trong đó 02 đồng chí đi công tác.": " | 2/1",
            "vắng 03 đồng chí, trong đó: 01 đồng chí ốm, 01 đồng chí đi học.": " | 2/1",
            "vắng 02 đồng chí, trong đó 01 đồng chí ốm, 01 đồng chí không lý do.": " | 1/1",
            "Vắng 02 đồng chí. Trong đó 01 đồng chí ốm.": " | 1/1",
        ], after: lead)
        let facts = AttendanceLineReading.facts(lead + "Vắng: 02 đồng chí, trong đó 01 đồng chí ốm.")
        XCTAssertEqual(facts.reasonsWithoutNames, ["ốm"])
        XCTAssertFalse(facts.reasonsUnsaid)
    }

    /// "trong đó có lý do 02", "trong đó 02 đồng chí có lý do": the excused's count after the words.
    func testTheExcusedCountAfterTrongDo() {
        assertReadings([
            "vắng 03 đồng chí, trong đó có lý do 02.": " | 2/1",
            "vắng 03 đồng chí, trong đó có lý do: 02 đồng chí.": " | 2/1",
            "vắng 03 đồng chí, trong đó 02 đồng chí có lý do.": " | 2/1",
            "vắng 03 đồng chí, trong đó không lý do 01.": " | 2/1",
        ], after: lead)
        XCTAssertFalse(AttendanceLineReading.facts(lead + "vắng 03 đồng chí, trong đó có lý do 02.").reasonsUnsaid)
    }
}
