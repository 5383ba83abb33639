@testable import BonTotKit
import XCTest

/// The absent named before "vắng", with no count (SPEC §1 `absent:`): "đ/c Lan vắng có lý do
/// chính đáng." counted no one, and the attendance said nothing of the absent. The name is the
/// absent's, counted one, excused when "có lý do" follows, the label kept as the reason, as it is
/// after the absent's count ("vắng 01 đồng chí: đ/c Lan vắng có lý do": `AbsentAfterTheNameTests`).
final class AbsentNamedBeforeTheirAbsenceTests: XCTestCase {
    private let lead = "Có mặt: 27/28 đồng chí; "

    func testOneNamedWithAJustReason() {
        assertReadings([
            "đ/c Lan vắng có lý do chính đáng.": "Lan (có lý do chính đáng) | 1/0",
            "đồng chí Lan vắng mặt có lý do chính đáng.": "Lan (có lý do chính đáng) | 1/0",
            "Đồng chí Lan vắng có lý do chính đáng.": "Lan (có lý do chính đáng) | 1/0",
            "Đ/c Nguyễn Thị Lan vắng có lý do.": "Nguyễn Thị Lan (có lý do) | 1/0",
            // After the absent's count, as "vắng có lý do" is read there.
            "vắng 01 đồng chí: đ/c Lan vắng có lý do chính đáng.": "Lan (có lý do chính đáng) | 1/0",
            "đ/c Lan vắng không lý do.": "Lan | 0/1",
        ], after: lead)
        // After the present's sentence, and on a line of its own below it.
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí. Đồng chí Lan vắng có lý do chính đáng."), "Lan (có lý do chính đáng) | 1/0")
        let below = MinutesFacts(lines: ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026",
                                         "Có mặt: 27/28 đồng chí.", "đ/c Lan vắng có lý do chính đáng."], resolutionItems: [])
        XCTAssertEqual(AttendanceLineReading.absent(of: below), "Lan (có lý do chính đáng) | 1/0")
        let written = AttendanceLineReading.frontMatter(lead + "đ/c Lan vắng có lý do chính đáng.")
        XCTAssertTrue(written.contains("attendance: { present: 27, expected: 28, excused: 1, unexcused: 0 }\nabsent:\n  - { name: Lan, reason: có lý do chính đáng }\n"),
                      written)
    }

    /// Two named before "vắng", and a name whose reason follows in brackets.
    func testMoreNamesAndAReasonInBrackets() {
        assertReadings([
            "Đ/c Hùng, đ/c Hoa vắng có lý do.": "Hùng, Hoa | 2/0",
            "Đ/c Hùng, đ/c Hoa vắng có lý do chính đáng.": "Hùng, Hoa | 2/0",
            "Đ/c Nguyễn Văn Bảy vắng (đi công tác).": "Nguyễn Văn Bảy (đi công tác) | 1/0",
        ], after: "Có mặt: 26/28 đồng chí; ")
        // A count after "vắng", or another "vắng" before, leaves the words as they are.
        for text in ["đ/c Lan vắng 2 kỳ liên tiếp", "vắng 01 đồng chí: đ/c Lan vắng có lý do", "Vắng: đ/c Hùng; đ/c Lan vắng có lý do"] {
            XCTAssertEqual(AbsentAfterTheName.namedBeforeAbsent(text), text)
        }
    }
}
