@testable import BonTotKit
import XCTest

/// Full names each followed by their reason label, "Nguyễn Thị Lan - có lý do, Trần Văn Hùng -
/// không lý do" (SPEC §1 `absent:`): the list of names ended at the first "có lý do", and the
/// absent were counted without saying whether they had a reason. Each is counted by their own label.
final class ReasonLabelAfterEachNameTests: XCTestCase {
    func testEachNameWithItsLabel() {
        assertReadings([
            "vắng 02 đồng chí: Nguyễn Thị Lan - có lý do, Trần Văn Hùng - không lý do.": "Nguyễn Thị Lan (có lý do), Trần Văn Hùng | 1/1",
            "vắng 02 đồng chí: Nguyễn Thị Lan – có lý do, Trần Văn Hùng – không lý do.": "Nguyễn Thị Lan (có lý do), Trần Văn Hùng | 1/1",
            "vắng 02 đồng chí: Nguyễn Thị Lan: có lý do; Trần Văn Hùng: không lý do.": "Nguyễn Thị Lan (có lý do), Trần Văn Hùng | 1/1",
            "vắng 02 đồng chí: Nguyễn Thị Lan (có lý do), Trần Văn Hùng (không lý do).": "Nguyễn Thị Lan (có lý do), Trần Văn Hùng | 1/1",
            "Vắng: Nguyễn Thị Lan - có lý do, Trần Văn Hùng - không lý do.": "Nguyễn Thị Lan (có lý do), Trần Văn Hùng | 1/1",
            "vắng 02 đồng chí: Trần Văn Hùng - không lý do, Nguyễn Thị Lan - có lý do.": "Nguyễn Thị Lan (có lý do), Trần Văn Hùng | 1/1",
            "vắng 03 đồng chí: đ/c Nguyễn Thị Lan - có lý do, đ/c Lê Văn Tám - có lý do, đ/c Trần Văn Hùng - không lý do.":
                "Nguyễn Thị Lan (có lý do), Lê Văn Tám (có lý do), Trần Văn Hùng | 2/1",
        ], after: "Có mặt: 25/28 đồng chí; ")
        let line = "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Nguyễn Thị Lan - có lý do, Trần Văn Hùng - không lý do."
        let written = AttendanceLineReading.frontMatter(line)
        XCTAssertTrue(written.contains("attendance: { present: 26, expected: 28, excused: 1, unexcused: 1 }\n"), written)
        XCTAssertTrue(written.contains("  - { name: Trần Văn Hùng }\n"), written)
    }
}
