@testable import BonTotKit
import XCTest

/// Attendance wordings the review of the last import work found misread by `import minutes`
/// (SPEC §8, §1 `attendance:`, `absent:`): "dc" for "được" taken as "đ/c".
final class AttendanceReviewFollowUpTests: XCTestCase {
    private let source = "thang-10.docx"

    /// "Lan (ốm, đã dc Bí thư cho phép)": "dc" is "được" there (after "đã", or after a reason's
    /// comma in its bracket), not "đ/c" before the office: Lan is absent, ill, excused (she was lost,
    /// written unexcused with a warning). "dc" before a name stays "đ/c".
    func testDcForObtainedInAReason() {
        for reason in ["ốm, đã dc Bí thư cho phép", "ốm, dc Bí thư cho phép", "ốm, không dc Chi ủy cho phép"] {
            let text = "Có mặt: 27/28 đồng chí; vắng 01 đồng chí: Lan (\(reason))."
            XCTAssertEqual(AttendanceLineReading.absent(text), "Lan (\(reason)) | 1/0", text)
            XCTAssertNil(AttendanceMessages.reasonsUnsaid(AttendanceLineReading.facts(text), source: source), text)
        }
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 26/28 đồng chí; vắng 02 đồng chí (dc Lan, dc Hùng đều ốm)."),
                       AttendanceLineReading.absent("Có mặt: 26/28 đồng chí; vắng 02 đồng chí (đ/c Lan, đ/c Hùng đều ốm)."))
        XCTAssertEqual(AttendanceLineReading.absent("Co mat: 26/28 dong chi; vang: dc Lan (om), dc Hung (di hoc)."),
                       "Lan (ốm), Hung (đi học) | 2/0")
    }

}
