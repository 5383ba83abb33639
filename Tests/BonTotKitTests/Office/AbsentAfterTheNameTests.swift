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
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 26/28 đồng chí; vắng 02 đồng chí: đ/c Nguyễn Thị Lan vắng có lý do (ốm), "
                                                   + "đ/c Trần Văn Hùng vắng không lý do.").reasonsWithoutNames, [])
    }
}
