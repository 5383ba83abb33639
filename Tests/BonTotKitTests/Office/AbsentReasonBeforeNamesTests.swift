@testable import BonTotKit
import XCTest

/// A reason in brackets after the absent's count, before a colon and the names (SPEC §1 `absent:`).
final class AbsentReasonBeforeNamesTests: XCTestCase {
    /// "vắng 01 đồng chí (ốm): đồng chí Nguyễn Văn Hùng": Hùng absent, excused "ốm", with no warning
    /// asking whether a place or a name follows "vắng" (it wrote no absent).
    func testTheBracketsReasonIsTheNamesAfterItsColon() {
        let facts = AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (ốm): đồng chí Nguyễn Văn Hùng.")
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Nguyễn Văn Hùng (ốm) | 1/0")
        XCTAssertEqual(facts.unsureAbsentNames, [])
        XCTAssertEqual(facts.reasonsWithoutNames, [])
    }
}
