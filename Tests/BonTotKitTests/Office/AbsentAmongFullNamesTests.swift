@testable import BonTotKit
import XCTest

/// Given names a clerk writes alone among full names in the list of the absent (SPEC §1
/// `absent:`): each is a name too, with its own reason after it or none.
final class AbsentAmongFullNamesTests: XCTestCase {
    /// "Lan, Hùng, Trần Thị Mai (đi học)": three absent, Mai excused "đi học", Lan and Hùng with no
    /// reason, as "Lan (ốm), Hoa, Minh (đi công tác)" reads (it gave Trần Thị Mai alone).
    func testGivenNamesBeforeAFullName() {
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 25/28 đồng chí; vắng 03 đồng chí: Lan, Hùng, Trần Thị Mai (đi học)."),
                       "Trần Thị Mai (đi học), Lan, Hùng | 1/2")
    }

    /// "Hùng ốm, Đinh Văn Lộc ốm": a reason right after a given name among full names is its own,
    /// as after a full name (it gave Đinh Văn Lộc alone).
    func testAReasonRightAfterAGivenNameAmongFullNames() {
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Hùng ốm, Đinh Văn Lộc ốm."),
                       "Hùng (ốm), Đinh Văn Lộc (ốm) | 2/0")
    }
}
