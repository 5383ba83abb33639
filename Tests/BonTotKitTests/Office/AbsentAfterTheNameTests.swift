@testable import BonTotKit
import XCTest

/// The absent counted, then each named with "vắng" and the reason label after the name (SPEC §1
/// `absent:`): "đ/c Nguyễn Thị Lan vắng có lý do (ốm), đ/c Trần Văn Hùng vắng không lý do" was
/// read as 2 unexcused, "ốm" a reason with no name.
final class AbsentAfterTheNameTests: XCTestCase {
    func testTheLabelAfterEachName() {
        assertReadings([
            "vắng 02 đồng chí: đ/c Nguyễn Thị Lan vắng có lý do (ốm), đ/c Trần Văn Hùng vắng không lý do.":
                "Nguyễn Thị Lan (ốm), Trần Văn Hùng | 1/1",
            "vắng 02 đồng chí: đồng chí Lan vắng có lý do: đi công tác; đồng chí Hùng vắng mặt không lý do.":
                "Lan (đi công tác), Hùng | 1/1",
            "vắng 02 đ/c (đ/c Lan vắng có lý do (ốm), đ/c Hùng vắng có lý do (đi học)).": "Lan (ốm), Hùng (đi học) | 2/0",
        ], after: "Có mặt: 26/28 đồng chí; ")
    }

    /// "vắng có lý do" with no reason after it: excused, as "Hùng (có lý do)" is; both names were
    /// lost, and the second of two excused counted unexcused.
    func testTheExcusedLabelWithoutAReason() {
        assertReadings([
            "vắng 02 đồng chí: đ/c Nguyễn Thị Lan vắng có lý do, đ/c Trần Văn Hùng vắng không lý do.":
                "Nguyễn Thị Lan (có lý do), Trần Văn Hùng | 1/1",
            "vắng 02 đồng chí: đ/c Nguyễn Thị Lan vắng có lý do (ốm), đ/c Trần Văn Hùng vắng có lý do.":
                "Nguyễn Thị Lan (ốm), Trần Văn Hùng (có lý do) | 2/0",
        ], after: "Có mặt: 26/28 đồng chí; ")
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 26/28 đồng chí; vắng 02 đồng chí: đ/c Nguyễn Thị Lan vắng có lý do (ốm), "
                                                   + "đ/c Trần Văn Hùng vắng không lý do.").reasonsWithoutNames, [])
    }
}

/// A line naming the absent, each with "vắng" and the reason label after the name, under a
/// table of the counts (SPEC §1 `absent:`): the names were not read.
final class AbsentNamedFirstUnderCountsTests: XCTestCase {
    func testTheNamesLineUnderATableOfCounts() {
        let facts = MinutesFacts(lines: [
            "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026",
            "Tổng số đảng viên: 28; Có mặt: 26; Vắng có lý do: 1; Vắng không lý do: 1",
            "Đ/c Nguyễn Thị Lan vắng có lý do (ốm); đ/c Trần Văn Hùng vắng không lý do.",
        ], resolutionItems: [])
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Nguyễn Thị Lan (ốm), Trần Văn Hùng | 1/1")
        XCTAssertNil(facts.absentNamesUnlikeCounts)
        XCTAssertEqual(AbsentAfterTheName.labelledLine("Đồng chí Lan vắng có lý do: đi công tác"), "vắng có lý do: Đồng chí Lan (đi công tác)")
        XCTAssertNil(AbsentAfterTheName.labelledLine("Đồng chí Lan phát biểu ý kiến"))
    }
}
