@testable import BonTotKit
import XCTest

/// The names of members absent without reason are kept in `absent:` (SPEC §1) however the
/// minutes write them: "không lý do: 01 đồng chí Hoàng Văn Năm" (no colon after the count) lost
/// the name, and "không lý do: đồng chí Hoàng Văn Năm" (no count) lost it too, with a warning that
/// the minutes did not say whether the one absent had a reason.
final class UnexcusedAbsenteeTests: XCTestCase {
    /// The facts read of minutes with `attendance` as their attendance line, and the front matter written.
    private func frontMatter(_ attendance: String) -> (facts: MinutesFacts, text: String) {
        (AttendanceLineReading.facts(attendance), AttendanceLineReading.frontMatter(attendance))
    }

    func testTheNameAfterTheCountWithoutAColonIsKept() {
        let (facts, text) = frontMatter("Tổng số đảng viên: 28; có mặt: 25; vắng: 03 (có lý do: 02 đồng chí: Trần Văn Bảy – ốm, "
                                        + "Lê Thị Tư – đi công tác; không lý do: 01 đồng chí Hoàng Văn Năm)")
        XCTAssertEqual(facts.absent, [MinutesFacts.Absentee(name: "Trần Văn Bảy", reason: "ốm"),
                                      MinutesFacts.Absentee(name: "Lê Thị Tư", reason: "đi công tác"),
                                      MinutesFacts.Absentee(name: "Hoàng Văn Năm")])
        XCTAssertEqual([facts.excused, facts.unexcused], [2, 1])
        XCTAssertTrue(text.contains("""
            absent:
              - { name: Trần Văn Bảy, reason: ốm }
              - { name: Lê Thị Tư, reason: đi công tác }
              - { name: Hoàng Văn Năm }

            """), text)
    }

    func testTheNameWithoutACountIsKeptAsUnexcused() {
        let (facts, text) = frontMatter("Tổng số đảng viên: 28; có mặt: 27; vắng: 01 (không lý do: đồng chí Hoàng Văn Năm)")
        XCTAssertEqual(facts.absent, [MinutesFacts.Absentee(name: "Hoàng Văn Năm")])
        XCTAssertEqual([facts.excused, facts.unexcused], [0, 1])
        XCTAssertFalse(facts.reasonsUnsaid, "the minutes say the one absent had no reason")
        XCTAssertTrue(text.contains("unexcused: 1"), text)
        XCTAssertTrue(text.contains("absent:\n  - { name: Hoàng Văn Năm }\n"), text)
    }

    /// "… đồng chí Nguyễn Văn A và Trần Thị B" (names joined by "và"), "01 đồng chí không lý do
    /// (đồng chí Lê Văn C)" (the name in brackets after the count) and "(không có lý do: Nguyễn
    /// Văn A; có lý do: Trần Thị B – ốm)" (the unexcused first) lost names, or gave them the
    /// wrong reason.
    func testTheNamesOfTheUnexcusedAreKeptHoweverWritten() {
        func absent(_ attendance: String) -> String {
            let facts = frontMatter(attendance).facts
            return facts.absent.map { $0.name + ($0.reason.map { " (\($0))" } ?? "") }.joined(separator: ", ")
                + " | \(facts.excused.map(String.init) ?? "-")/\(facts.unexcused.map(String.init) ?? "-")"
        }
        assertReadings([
            "Có mặt: 26/28; vắng 02 đồng chí: không lý do 02 đồng chí Nguyễn Văn An và Trần Thị Bình": "Nguyễn Văn An, Trần Thị Bình | 0/2",
            "Có mặt: 27/28; vắng 01 đồng chí: 01 đồng chí không lý do (đồng chí Lê Văn Cường)": "Lê Văn Cường | 0/1",
            "Có mặt: 26/28; vắng: 2 (không có lý do: Nguyễn Văn An; có lý do: Trần Thị Bình – ốm)":
                "Trần Thị Bình (ốm), Nguyễn Văn An | 1/1",
        ], by: { absent($0) })
        XCTAssertEqual(absent("Có mặt: 25/28; vắng: 3 (có lý do: Trần Thị Bình – ốm, Lê Văn Cường – đi công tác và "
                              + "Phạm Văn Dũng – đi viện; không lý do: 0)"),
                       "Trần Thị Bình (ốm), Lê Văn Cường (đi công tác), Phạm Văn Dũng (đi viện) | 3/0")
        // A count of two with one name: the name kept, the count as written (a partial list, as today).
        XCTAssertEqual(absent("Có mặt: 26/28; vắng 02 đồng chí: không lý do 02 đồng chí Nguyễn Văn An"), "Nguyễn Văn An | 0/2")
        // No reason said: the names kept, the absent written as unexcused with the warning, as today.
        XCTAssertEqual(absent("Có mặt: 26/28; vắng 02 đồng chí: Nguyễn Văn An, Trần Thị Bình"), "Nguyễn Văn An, Trần Thị Bình | -/2")
        XCTAssertTrue(frontMatter("Có mặt: 26/28; vắng 02 đồng chí: Nguyễn Văn An, Trần Thị Bình").facts.reasonsUnsaid)
    }
}
