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

    /// A name with no label before one with its label: the label is theirs both, as after the
    /// last of bare names ("Lan, Hùng (có lý do)"). They were all counted unexcused, with the
    /// warning that the minutes gave no reason.
    func testANameWithoutALabelTakesTheNext() {
        assertReadings([
            "vắng 03 đồng chí: Nguyễn Thị Lan, Trần Văn Hùng - có lý do, Lê Văn Tám - không lý do.":
                "Nguyễn Thị Lan (có lý do), Trần Văn Hùng (có lý do), Lê Văn Tám | 2/1",
            "vắng 03 đồng chí: Nguyễn Thị Lan - có lý do, Trần Văn Hùng, Lê Văn Tám - không lý do.":
                "Nguyễn Thị Lan (có lý do), Trần Văn Hùng, Lê Văn Tám | 1/2",
            "vắng 03 đồng chí: Lan - có lý do, Hùng, Tám - không lý do.": "Lan (có lý do), Hùng, Tám | 1/2",
            "vắng 03 đồng chí: Lan (ốm), Hùng, Tám - không lý do.": "Lan (ốm), Hùng, Tám | 1/2",
            // A reason after the last, not a label, may be the last one's alone: unchanged, unsaid.
            "vắng 03 đồng chí: Lan - có lý do, Hùng, Tám (đi công tác).": "Lan (có lý do), Tám (đi công tác), Hùng | 2/1",
        ], after: "Có mặt: 25/28 đồng chí; ")
        let written = AttendanceLineReading.frontMatter(
            "Có mặt: 80/83 đồng chí; vắng 03 đồng chí: Nguyễn Thị Lan - có lý do, Trần Văn Hùng, Lê Văn Tám - không lý do.")
        XCTAssertTrue(written.contains("attendance: { present: 80, expected: 83, excused: 1, unexcused: 2 }\n"), written)
    }
}
