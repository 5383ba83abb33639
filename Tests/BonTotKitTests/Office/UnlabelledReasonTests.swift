@testable import BonTotKit
import XCTest

/// The wordings of the attendance `import minutes` the review found still read wrong (SPEC §1
/// `attendance:`, `absent:`): a reason given without the words "lý do" ("vắng 1 đồng chí do
/// ốm") left the absent unexcused; "vắng có phép"/"không phép" counted no one; "hiện diện",
/// "góp mặt", "tham gia đầy đủ của" read no attendance; the names in a "Cụ thể: …" sentence
/// after the count, or after a dash, were lost.
final class UnlabelledReasonTests: XCTestCase {
    private let opening = ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026"]

    private func facts(_ lines: [String]) -> MinutesFacts {
        MinutesFacts(lines: opening + lines, resolutionItems: [])
    }

    /// The names with their reasons, then excused/unexcused ("-" where unsaid), then the reasons
    /// without a name, of `line` under "Có mặt: 26/28 đồng chí".
    private func absent(_ line: String) -> String {
        let facts = facts(["Có mặt: 26/28 đồng chí", line])
        return AttendanceLineReading.absent(of: facts) + " | " + facts.reasonsWithoutNames.joined(separator: "; ")
    }

    /// "vắng 1 đồng chí do ốm", "(bận công tác)", "(01 ốm, 01 đi công tác)": a reason makes the absent excused.
    func testAReasonWithoutTheWordsLyDoMakesTheAbsentExcused() {
        assertReadings([
            "Vắng 1 đồng chí do ốm.": " | 1/0 | ốm",
            "vắng 01 đồng chí do bận việc gia đình.": " | 1/0 | bận việc gia đình",
            "Vắng 1 đồng chí (bận công tác).": " | 1/0 | bận công tác",
            "Vắng 02 đồng chí (cả 02 đồng chí đều có lý do).": " | 2/0 | ",
            "Vắng: 2 (01 ốm, 01 đi công tác).": " | 2/0 | ốm; đi công tác",
            "Vắng: 3 (02 đi làm xa; 01 sốt xuất huyết).": " | 3/0 | đi làm xa; sốt xuất huyết",
        ], by: { absent($0) })
        let front = MinutesFrontMatterWriter(facts: facts(["Có mặt: 16/18 đồng chí", "Vắng: 2 (01 ốm, 01 đi công tác)."]),
                                             branch: "ap-1", kind: .thuongKy, date: CalendarDate(year: 2026, month: 10, day: 8)!).text
        XCTAssertTrue(front.contains("excused: 2, unexcused: 0 }   # lý do vắng (không ghi tên): ốm; đi công tác"), front)
        // No reason, a name, who the absent were, counts that do not add up: not excused.
        for line in ["Vắng 02 đồng chí (không lý do).", "Vắng 01 đồng chí không rõ lý do.", "Vắng 01 đồng chí do không rõ lý do.",
                     "Vắng 01 đồng chí (chưa rõ lý do).", "Vắng 02 đồng chí (01 chi ủy viên).", "Vắng 01 đồng chí (Hùng).",
                     "Vắng 02 đồng chí (trong đó 01 đồng chí chi ủy viên).", "Vắng: 3 (01 ốm, 01 đi công tác).",
                     "Vắng 01 đồng chí (đảng viên dự bị).", "Vắng 02 đồng chí (nữ).", "Vắng 2 đồng chí (lần thứ hai liên tiếp).", "Vắng 02 đồng chí (ốm, đi học, đi làm)."] {
            XCTAssertFalse(absent(line).contains("| 3/0") || absent(line).contains("| 2/0") || absent(line).contains("| 1/0"),
                           line + " → " + absent(line))
        }
        XCTAssertEqual(absent("Vắng 02 đồng chí (không lý do)."), " | 0/2 | ")
        // "Bí thư chi bộ vắng (đi công tác)" in a composition line counts no one.
        XCTAssertNil(facts(["Có mặt: 26/28 đồng chí", "Thành phần: đồng chí Hà Văn Tư – Bí thư chi bộ vắng (đi công tác)."]).excused)
    }

    /// "Vắng có phép: 2 đồng chí; vắng không phép: 01 đồng chí": leave asked for is a reason.
    func testLeaveAskedForIsAReason() {
        assertReadings([
            "Vắng có phép: 2 đồng chí; vắng không phép: 01 đồng chí.": " | 2/1 | ",
            "Vắng có phép: 02 đồng chí; vắng không phép: 01 đồng chí.": " | 2/1 | ",
            "Vắng có phép: đồng chí Nguyễn Văn An (ốm); vắng không phép: đồng chí Hoàng Văn Năm.":
                "Nguyễn Văn An (ốm), Hoàng Văn Năm | 1/1 | ",
        ], by: { absent($0) })
    }

    /// "Đảng viên hiện diện: 35/36", "với sự tham gia đầy đủ của 17/17", "với sự góp mặt của 11/13": the present of the expected.
    func testTheAttendanceInOtherWords() {
        func figures(_ line: String) -> String { AttendanceLineReading.presentOfExpected(facts([line])) }
        assertReadings([
            "Đảng viên hiện diện: 35/36 đồng chí; vắng 1 đồng chí có lý do.": "35/36",
            "Buổi sinh hoạt diễn ra với sự tham gia đầy đủ của 17/17 đảng viên.": "17/17",
            "Chi bộ tổ chức sinh hoạt với sự góp mặt của 11/13 đảng viên, vắng 02 đồng chí có lý do.": "11/13",
            "Với sự góp mặt của đồng chí Võ Văn Lâm – Đảng ủy viên.": "-/-",
        ], by: figures)
    }

    /// "Vắng: 02 đồng chí có lý do. Cụ thể: đồng chí A (con ốm), đồng chí B (ốm).": the names are the counted's.
    func testTheNamesInTheNextSentence() {
        let both = "Nguyễn Văn An (con ốm), Trần Thị Bình (ốm) | 2/0 | "
        assertReadings([
            "Vắng: 02 đồng chí có lý do. Cụ thể: đồng chí Nguyễn Văn An (con ốm), đồng chí Trần Thị Bình (ốm).": both,
            "Vắng 02 đồng chí. Gồm: đồng chí Nguyễn Văn An (con ốm), đồng chí Trần Thị Bình (ốm).": both,
            "Vắng 02 đồng chí có lý do. Đó là đồng chí Nguyễn Văn An (con ốm), đồng chí Trần Thị Bình (ốm).": both,
            "Vắng 01 đồng chí không lý do. Cụ thể: đồng chí Hoàng Văn Năm.": "Hoàng Văn Năm | 0/1 | ",
            // A next sentence about something else names no absent.
            "Vắng 02 đồng chí có lý do. Đồng chí Nguyễn Văn An chủ trì.": " | 2/0 | ",
            "Vắng 02 đồng chí có lý do. Cụ thể: chi bộ đã nhắc nhở.": " | 2/0 | ",
        ], by: { absent($0) })
    }

    /// "Vắng: 2 đồng chí – đồng chí A (nằm viện), đồng chí B (đi học)": the names after a dash, excused.
    func testTheNamesAfterADash() {
        XCTAssertEqual(absent("Vắng: 2 đồng chí – đồng chí Đặng Thị Giang (nằm viện), đồng chí Hoàng Văn Năm (đi học)."),
                       "Đặng Thị Giang (nằm viện), Hoàng Văn Năm (đi học) | 2/0 | ")
        XCTAssertEqual(absent("Vắng: 02 đồng chí - đồng chí Lâm Thị Vân (về quê), đồng chí Bùi Văn Hải (đi công tác)."),
                       "Lâm Thị Vân (về quê), Bùi Văn Hải (đi công tác) | 2/0 | ")
    }
}
