@testable import BonTotKit
import XCTest

/// The head of a village of two words absent with no name ("Trưởng thôn Tân Lập", "Trưởng ấp Bình
/// Minh"), read as the head of a one-word village is (SPEC §8 `absent:`): never written as a member,
/// and the clerk asked for his full name.
final class TwoWordVillageHeadTests: XCTestCase {
    private let source = "thang-10.docx"

    /// "vắng: Trưởng thôn Tân Lập." (no count, no reason): the head was in no line and nothing was
    /// said of him; he is asked for by name, as "vắng: Trưởng thôn Đông." is.
    func testAHeadAloneIsAskedFor() {
        for (words, village) in [("vắng: Trưởng thôn Tân Lập.", "Tân Lập"), ("vắng: Trưởng thôn Đông.", "Đông")] {
            let facts = AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; " + words)
            XCTAssertEqual(facts.unsureAbsentNames, [village], words)
            let asked = AttendanceMessages.unnamedVillageHeads(facts, source: source)
            XCTAssertTrue(asked?.contains("'\(village)' là tên thôn") == true, asked ?? "nothing asked")
            XCTAssertNil(AttendanceMessages.unsureNames(facts, source: source), words)
        }
    }

    /// "vắng 01 đồng chí: Trưởng ấp Bình Minh (ốm)": excused, the reason kept with no name, and the
    /// head asked for by name.
    func testACountedHeadIsAskedFor() {
        assertAbsentWritten("vắng 01 đồng chí: Trưởng ấp Bình Minh (ốm).", present: 27,
                            attendance: "excused: 1, unexcused: 0 }   # lý do vắng (không ghi tên): ốm", absent: [], villages: ["Bình Minh"])
    }

    /// A title before the head ("đ/c Trưởng ấp Bình Minh (ốm)", "đồng chí Trưởng thôn Tân Lập (ốm)")
    /// keeps "ốm", excused, as with no title (the reason was lost, the absent written unexcused).
    func testATitledHeadKeepsTheReason() {
        assertAbsentWritten("vắng 01 đồng chí: đ/c Trưởng ấp Bình Minh (ốm).", present: 27,
                            attendance: "excused: 1, unexcused: 0 }   # lý do vắng (không ghi tên): ốm", absent: [], villages: ["Bình Minh"])
        assertAbsentWritten("vắng: đồng chí Trưởng thôn Tân Lập (ốm).", present: 27,
                            attendance: "excused: 1, unexcused: 0 }   # lý do vắng (không ghi tên): ốm", absent: [], villages: ["Tân Lập"])
    }
}
