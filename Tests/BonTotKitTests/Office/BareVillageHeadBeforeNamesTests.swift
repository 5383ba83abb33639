@testable import BonTotKit
import XCTest

/// A village's head with no name and no bracket before named members ("vắng: Trưởng thôn Đông, đ/c
/// Lan (đi học)"): both counted, Lan kept (she was lost, the line read as no one absent).
final class BareVillageHeadBeforeNamesTests: XCTestCase {
    /// Lan absent for "đi học", two counted, the village Đông asked about.
    func testTheNamesAfterTheHeadAreKept() {
        let facts = AttendanceLineReading.facts("Có mặt: 26/28 đồng chí; vắng: Trưởng thôn Đông, đ/c Lan (đi học)")
        XCTAssertEqual(facts.absent.map(\.name), ["Lan"])
        XCTAssertEqual(facts.absentCount, 2)
        XCTAssertEqual(facts.unsureAbsentNames, ["Đông"])
    }

    /// "vắng 02 đồng chí: Trưởng thôn Nam, Lan (ốm)": after the count too, Lan is kept with her reason
    /// (she was lost), the village Nam asked about.
    func testANameAfterTheHeadAndACount() {
        let facts = AttendanceLineReading.facts("Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Trưởng thôn Nam, Lan (ốm)")
        XCTAssertEqual(facts.absent.map(\.name), ["Lan"])
        XCTAssertEqual(facts.absent.first?.reason, "ốm")
        XCTAssertEqual(facts.absentCount, 2)
        XCTAssertEqual(facts.unsureAbsentNames, ["Nam"])
    }
}
