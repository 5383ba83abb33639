@testable import BonTotKit
import XCTest

/// The absent are named only inside the "vắng" clause (SPEC §1): the chair after "Vắng: 03 đồng
/// chí (có lý do). Chủ trì: …" and the guest after "… (có lý do). Khách mời: …" were written as
/// absent; "(có lý do: ốm)", a reason with no name, was written unexcused; and of names in
/// brackets after "có lý do", only the first was kept.
final class AbsentClauseEndTests: XCTestCase {
    private let opening = ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026"]

    private func facts(_ attendance: String) -> MinutesFacts {
        MinutesFacts(lines: opening + [attendance], resolutionItems: [])
    }

    /// The names, with their reasons, then excused/unexcused.
    private func absent(_ attendance: String) -> String {
        let facts = facts(attendance)
        return facts.absent.map { $0.name + ($0.reason.map { " (\($0))" } ?? "") }.joined(separator: ", ")
            + " | \(facts.excused.map(String.init) ?? "-")/\(facts.unexcused.map(String.init) ?? "-")"
    }

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
