@testable import BonTotKit
import XCTest

/// A count of the absent naming no one ("vắng 01 đồng chí."), over a line naming them with their
/// label ("Đồng chí Lan vắng có lý do chính đáng."), as the absent are written (SPEC §1 `absent:`).
final class LabelBelowACountTests: XCTestCase {
    private let opening = ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026"]

    /// "có lý do chính đáng" on the line below is Lan's label, whole: 1 excused (it read the reason
    /// "chính đáng" and counted 1 unexcused, the count saying nothing of reasons).
    func testTheLabelBelowCountsTheExcused() {
        let facts = MinutesFacts(lines: opening + ["Có mặt: 27/28 đồng chí; vắng 01 đồng chí.",
                                                   "Đồng chí Lan vắng có lý do chính đáng."], resolutionItems: [])
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Lan (có lý do chính đáng) | 1/0")
        let unexcused = MinutesFacts(lines: opening + ["Có mặt: 27/28 đồng chí; vắng 01 đồng chí.",
                                                       "Đồng chí Hùng vắng không lý do."], resolutionItems: [])
        XCTAssertEqual(AttendanceLineReading.absent(of: unexcused), "Hùng | 0/1")
    }
}

/// A name's reason in brackets led by its label, "lý do:" (SPEC §1 `absent:`).
final class LabelledNoReasonTests: XCTestCase {
    /// "(lý do: không lý do)" is no reason: 1 unexcused (it was counted excused, for the reason
    /// "lý do: không lý do").
    func testALabelledNoReasonIsUnexcused() {
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đồng chí: Lan (lý do: không lý do)."), "Lan | 0/1")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng: Lan (lý do: không lý do), Hùng (ốm)."), "Hùng (ốm), Lan | 1/1")
    }
}
