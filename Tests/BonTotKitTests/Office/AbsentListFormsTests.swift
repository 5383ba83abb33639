@testable import BonTotKit
import XCTest

/// The forms a clerk lists the absent in that `import minutes` read wrong (SPEC §1 `attendance:`,
/// `absent:`): a reason after a name and its comma, names after a dash, names in brackets after a
/// count with no unit.
final class AbsentListFormsTests: XCTestCase {
    private func absent(_ clause: String, present: String = "26/28") -> String {
        AttendanceLineReading.absent("Có mặt: \(present) đồng chí; " + clause)
    }

    /// "vắng 01 đồng chí: Lan, đi công tác": words naming a reason after a name and its comma are
    /// that name's reason (the name was lost, or "đi công tác" dropped, and the absent written unexcused).
    func testAReasonAfterANameAndItsComma() {
        XCTAssertEqual(absent("vắng 01 đồng chí: Lan, đi công tác.", present: "27/28"), "Lan (đi công tác) | 1/0")
        XCTAssertEqual(absent("vắng 01 đồng chí: Nguyễn Thị Lan, đi công tác.", present: "27/28"), "Nguyễn Thị Lan (đi công tác) | 1/0")
        XCTAssertEqual(absent("vắng 01 đồng chí: đồng chí Lan, đi công tác.", present: "27/28"), "Lan (đi công tác) | 1/0")
        XCTAssertEqual(absent("vắng 02 đồng chí: Lan, đi công tác; Hoa, ốm."), "Lan (đi công tác), Hoa (ốm) | 2/0")
        // Words naming no reason are no one's.
        XCTAssertEqual(absent("vắng 01 đồng chí: Lan, lần thứ hai liên tiếp.", present: "27/28"), "Lan | -/1")
    }

    /// "vắng 02 đồng chí - Lan, Hoa": names after a dash, bare or full, are the absent's (they were
    /// lost), with their reasons; a reason after the dash stays a reason.
    func testNamesAfterADash() {
        XCTAssertEqual(absent("vắng 02 đồng chí - Lan, Hoa."), "Lan, Hoa | -/2")
        XCTAssertEqual(absent("vắng 02 đồng chí – Nguyễn Thị Lan, Trần Thị Hoa."), "Nguyễn Thị Lan, Trần Thị Hoa | -/2")
        XCTAssertEqual(absent("vắng 02 đồng chí - Lan (ốm), Hoa (đi học)."), "Lan (ốm), Hoa (đi học) | 2/0")
        XCTAssertEqual(absent("vắng 02 đ/c – Lan - ốm, Hoa - đi học."), "Lan (ốm), Hoa (đi học) | 2/0")
        XCTAssertEqual(absent("vắng 01 đồng chí - Đi viện.", present: "27/28"), " | 1/0")
    }

    /// "vắng 02 (Ba, Tư)", "vắng hai (Lan, Hoa)": bare names in brackets after a count with no unit
    /// are the absent's, as after "vắng 02 đồng chí" (they were lost).
    func testBareNamesInBracketsAfterACountAlone() {
        XCTAssertEqual(absent("vắng 02 (Ba, Tư)."), "Ba, Tư | -/2")
        XCTAssertEqual(absent("vắng hai (Lan, Hoa)."), "Lan, Hoa | -/2")
        XCTAssertEqual(absent("vắng 02 (Lan - ốm, Hoa - đi học)."), "Lan (ốm), Hoa (đi học) | 2/0")
        XCTAssertEqual(absent("vắng 01 (Ốm).", present: "27/28"), " | 1/0")
    }
}
