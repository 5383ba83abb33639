@testable import BonTotKit
import XCTest

/// The absent are named only inside the "vắng" clause (SPEC §1): the chair after "Vắng: 03 đồng
/// chí (có lý do). Chủ trì: …" and the guest after "… (có lý do). Khách mời: …" were written as
/// absent; "(có lý do: ốm)", a reason with no name, was written unexcused; and of names in
/// brackets after "có lý do", only the first was kept.
final class AbsentClauseEndTests: XCTestCase {
    private func facts(_ attendance: String) -> MinutesFacts { AttendanceLineReading.facts(attendance) }
    private func absent(_ attendance: String) -> String { AttendanceLineReading.absent(attendance) }

    func testNoNameIsReadPastTheSentenceOrAnotherLabel() {
        for end in [". ", "; "] {
            XCTAssertEqual(absent("Có mặt: 25/28 đồng chí\(end)Vắng: 03 đồng chí (có lý do)\(end)Chủ trì: đồng chí Nguyễn Văn Hùng – "
                                  + "Bí thư chi bộ\(end)Thư ký: đồng chí Lê Thị Thu – đảng viên."), " | 3/0", end)
            for label in ["Khách mời", "Đại biểu"] {
                let line = "Có mặt: 25/28 đồng chí\(end)Vắng 03 đồng chí (có lý do)\(end)\(label): đồng chí Võ Văn Lâm – Đảng ủy viên."
                XCTAssertEqual(absent(line), " | 3/0", line)
                XCTAssertEqual(facts(line).guests, ["Võ Văn Lâm — Đảng ủy viên"], line)
            }
        }
    }

    func testAReasonWithoutANameIsExcused() {
        for line in ["Có mặt: 26/28 đồng chí. Vắng 02 đồng chí (có lý do: ốm).", "Có mặt: 26/28; vắng: 02 (có lý do: ốm)"] {
            XCTAssertEqual(absent(line), " | 2/0", line)
            XCTAssertFalse(facts(line).reasonsUnsaid, line)
        }
    }

    func testEveryNameInBracketsAfterTheReasonIsKept() {
        XCTAssertEqual(absent("Có mặt: 26/28; vắng: 02 đồng chí có lý do (đồng chí Nguyễn Văn An – ốm; đồng chí Trần Thị Bình – đi công tác)."),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/0")
    }
}
