@testable import BonTotKit
import XCTest

/// Attendance wordings the review of the last import work found misread by `import minutes`
/// (SPEC §8, §1 `attendance:`, `absent:`): "dc" for "được" taken as "đ/c", and the warning on
/// the absent whose reason is unsaid when others are named with one.
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

    /// "vắng 02 đồng chí: Lan (ốm), Hùng": Lan, with a reason, is written excused and Hùng
    /// unexcused; the warning says so, not that the minutes give no reason at all (it said "nhưng
    /// không nói có lý do hay không" of a line naming Lan's illness).
    func testTheWarningSaysThoseWithAReasonWereExcused() {
        let facts = AttendanceLineReading.facts("Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Lan (ốm), Hùng.")
        XCTAssertEqual(AttendanceMessages.reasonsUnsaid(facts, source: source),
                       "biên bản 'thang-10.docx' ghi 'vắng 02 đồng chí: Lan (ốm), Hùng': đồng chí nào có ghi lý do đã được ghi là vắng "
                           + "có lý do (excused: 1), còn lại không nói có lý do hay không; đã ghi là vắng không lý do (unexcused: 1), "
                           + "khiến buổi họp không đạt chất lượng; hãy đối chiếu rồi sửa 'excused'/'unexcused' / 'thang-10.docx' counts "
                           + "2 absent ('vắng 02 đồng chí: Lan (ốm), Hùng'), those with a reason written as excused (1), the others "
                           + "without saying whether excused: written as unexcused, check it")
    }
}
