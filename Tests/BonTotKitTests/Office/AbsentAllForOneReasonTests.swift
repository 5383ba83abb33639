@testable import BonTotKit
import XCTest

/// "đều" after the absent, on its own after a comma (SPEC §1 `absent:`): one reason, all of theirs
/// ("Vắng 02 đồng chí: Lan, Hùng, đều đi công tác", "vắng 02 đồng chí, đều đi công tác").
final class AbsentAllForOneReasonTests: XCTestCase {
    private let lead = "Có mặt: 26/28 đồng chí; "

    /// After the names and a comma, "đều …" is every name's reason.
    func testAfterTheNames() {
        assertReadings([
            "Vắng 02 đồng chí: Lan, Hùng, đều đi công tác.": "Lan (đi công tác), Hùng (đi công tác) | 2/0",
            "vắng 02 đồng chí: Nguyễn Thị Lan, Trần Văn Hùng, đều đi công tác.": "Nguyễn Thị Lan (đi công tác), Trần Văn Hùng (đi công tác) | 2/0",
            "vắng 02 đồng chí: Lan, Hùng - đều ốm.": "Lan (ốm), Hùng (ốm) | 2/0",
            "vắng 02 đồng chí: đ/c Lan, đ/c Hùng, đều đi công tác.": "Lan (đi công tác), Hùng (đi công tác) | 2/0",
        ], after: lead)
    }

    /// After the count and a comma, "đều …" is the reason of all of them, unnamed.
    func testAfterTheCount() {
        assertReadings([
            "vắng 02 đồng chí, đều đi công tác.": " | 2/0",
            "vắng 02 đồng chí, cả hai đều ốm.": " | 2/0",
        ], after: lead)
        let facts = AttendanceLineReading.facts(lead + "vắng 02 đồng chí, đều đi công tác.")
        XCTAssertEqual(facts.reasonsWithoutNames, ["đi công tác"])
    }
}
