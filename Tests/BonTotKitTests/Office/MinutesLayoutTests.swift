@testable import BonTotKit
import XCTest

/// Minutes laid out as clerks lay them out and earlier imports did not read: the hours as a span
/// on the time line, the chair as "Chủ tọa", the absent counted above the line of those present,
/// named below the counts of a table, or listed in a table under "Đảng viên vắng mặt:".
final class MinutesLayoutTests: XCTestCase {
    private let title = "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2024"

    private func facts(_ lines: String...) -> MinutesFacts {
        MinutesFacts(lines: [title] + lines, resolutionItems: [])
    }

    /// "Thời gian: từ 19h30 đến 21h00" left the end to fill in: only a "kết thúc …" line gave it.
    func testTheEndOfTheTimeLinesSpanIsTheMeetingsEnd() {
        for (line, end) in [("Thời gian: từ 19h30 đến 21h00, ngày 05/9/2024.", "21:00"),
                            ("Thời gian: 19 giờ 30 phút đến 21 giờ 15 phút, ngày 05/9/2024.", "21:15"),
                            ("Thời gian: 19h30' – 21h, ngày 05/9/2024.", "21:00")] {
            let read = facts(line)
            XCTAssertEqual(read.start?.description, "19:30", line)
            XCTAssertEqual(read.end?.description, end, line)
        }
        XCTAssertNil(facts("Thời gian: 19h30, ngày 05/9/2024 đến ngày 06/9/2024.").end, "a span of days has no hour to end")
        XCTAssertEqual(facts("Thời gian: từ 19h30 đến 21h00, ngày 05/9/2024.", "Buổi sinh hoạt kết thúc lúc 21 giờ 30 cùng ngày.").end?.description,
                       "21:30", "the line saying when it ended wins")
    }

    /// "Chủ tọa: đồng chí Nguyễn Văn Hùng" left the chair to fill in.
    func testChuToaNamesTheChair() {
        XCTAssertEqual(facts("Thời gian: 19h30, ngày 05/9/2024.", "Chủ tọa: đồng chí Nguyễn Văn Hùng – Bí thư chi bộ.").chair, "Nguyễn Văn Hùng")
        XCTAssertEqual(facts("Thời gian: 19h30, ngày 05/9/2024.", "Chủ tọa:", "Đồng chí Nguyễn Văn Hùng").chair, "Nguyễn Văn Hùng")
        let read = facts("Thời gian: 19h30, ngày 05/9/2024.", "Có mặt: 27/28; vắng 01 đồng chí: Lê Văn Cường; chủ tọa: đồng chí Nguyễn Văn Hùng")
        XCTAssertEqual(AttendanceLineReading.absent(of: read), "Lê Văn Cường | -/1", "the chair is not among the absent")
    }

    /// "Vắng mặt: 03 đồng chí (…)" above "Số đảng viên tham dự: 25 đồng chí" was not read: the
    /// absent were looked for on the attendance line and below it only.
    func testTheAbsentCountedAboveTheLineOfThosePresent() {
        let read = facts("Thời gian: 19h30, ngày 05/9/2024.", "a) Đảng viên được triệu tập: 28 đồng chí.",
                         "b) Vắng mặt: 03 đồng chí (có lý do: 02 – đồng chí Lê Văn Cường ốm, đồng chí Đỗ Thị Dung đi công tác; không lý do: 01 – đồng chí Phạm Văn Đức).",
                         "c) Số đảng viên tham dự: 25 đồng chí.")
        XCTAssertEqual(AttendanceLineReading.presentOfExpected(read), "25/28")
        XCTAssertEqual(AttendanceLineReading.absent(of: read), "Lê Văn Cường (ốm), Đỗ Thị Dung (đi công tác), Phạm Văn Đức | 2/1")
        XCTAssertEqual(read.absentWords, "Vắng mặt: 03 đồng chí (có lý do: 02 – đồng chí Lê Văn Cường ốm, đồng chí Đỗ Thị Dung đi công tác; không lý do: 01 – đồng chí Phạm Văn Đức)")
    }

    /// A table of the counts ("Tổng số đảng viên | Có mặt | Vắng có lý do | Vắng không lý do", read
    /// as one line) over the names under their reasons: the names were lost.
    func testTheAbsentNamedBelowTheCountsOfATable() {
        let counts = "Tổng số đảng viên: 28; Có mặt: 25; Vắng có lý do: 02; Vắng không lý do: 01"
        let read = facts("Thời gian: 19h30, ngày 05/9/2024.", counts,
                         "Vắng có lý do: đồng chí Lê Văn Cường (ốm), đồng chí Đỗ Thị Dung (đi công tác); vắng không lý do: đồng chí Phạm Văn Đức.")
        XCTAssertEqual(AttendanceLineReading.absent(of: read), "Lê Văn Cường (ốm), Đỗ Thị Dung (đi công tác), Phạm Văn Đức | 2/1")
        // Names fewer than the counted are kept, the counts as written, and what they do not match is told.
        let fewer = facts("Thời gian: 19h30, ngày 05/9/2024.", counts, "Vắng có lý do: đồng chí Lê Văn Cường (ốm).")
        XCTAssertEqual(AttendanceLineReading.absent(of: fewer), "Lê Văn Cường (ốm) | 2/1")
        XCTAssertEqual(fewer.absentNamesUnlikeCounts.map { "\($0.named)/\($0.counted)" }, "1/3")
        XCTAssertNil(read.absentNamesUnlikeCounts)
    }

    /// "Đảng viên vắng mặt:" over a table of the absent, a row each, with no count: no one was
    /// read absent.
    func testATableOfTheAbsentUnderItsLabelWithoutACount() {
        let read = facts("Thời gian: 19h30, ngày 05/9/2024.", "Tổng số đảng viên: 28 đồng chí. Có mặt: 26 đồng chí.", "Đảng viên vắng mặt:",
                         "STT: 1; Họ và tên: Lê Văn Cường; Lý do: Ốm", "STT: 2; Họ và tên: Đỗ Thị Dung; Lý do: Đi công tác")
        XCTAssertEqual(AttendanceLineReading.absent(of: read), "Lê Văn Cường (Ốm), Đỗ Thị Dung (Đi công tác) | 2/0")
    }

    /// The same table of the absent under its label above "Có mặt: 26/28 đồng chí", however many
    /// its rows: the names were lost, as was the count of the absent.
    func testATableOfTheAbsentAboveTheAttendanceLine() {
        let rows = ["TT: 1; Họ và tên: Lê Văn Cường; Lý do: Ốm", "TT: 2; Họ và tên: Đỗ Thị Dung; Lý do: Đi công tác",
                    "TT: 3; Họ và tên: Trần Văn Hùng; Lý do: Đi học", "TT: 4; Họ và tên: Phạm Thị Lan; Lý do: Việc gia đình"]
        let read = facts("Thời gian: 19h30, ngày 05/9/2024.", "Tổng số đảng viên: 28 đồng chí.", "Đảng viên vắng mặt:",
                         rows[0], rows[1], "Có mặt: 26/28 đồng chí.")
        XCTAssertEqual(AttendanceLineReading.absent(of: read), "Lê Văn Cường (Ốm), Đỗ Thị Dung (Đi công tác) | 2/0")
        XCTAssertEqual(AttendanceLineReading.presentOfExpected(read), "26/28")
        let long = MinutesFacts(lines: [title, "Thời gian: 19h30, ngày 05/9/2024.", "Tổng số đảng viên: 28 đồng chí.", "Đảng viên vắng mặt:"]
                                + rows + ["Có mặt: 24/28 đồng chí."], resolutionItems: [])
        XCTAssertEqual(long.absent.count, 4, "four rows, more than the lines read around the attendance line")
    }

    /// A table of figures giving both counts ("Vắng có lý do | Vắng không lý do" = 02 | 0) over a
    /// table of the absent, under its label or not: the names were lost under the label, and
    /// without it read unexcused, their reasons lost. Their reasons stay theirs, the counts as written.
    func testATableOfTheAbsentUnderATableOfFigures() {
        let figures = "Tổng số đảng viên: 30; Phải dự: 28; Có mặt: 26; Vắng có lý do: 02; Vắng không lý do: 0"
        let rows = ["TT: 1; Họ và tên: Nguyễn Văn Hùng; Lý do: Đi công tác", "TT: 2; Họ và tên: Lê Thị Mai; Lý do: Ốm"]
        for lines in [[figures, "Danh sách đảng viên vắng:"] + rows, [figures] + rows] {
            let read = MinutesFacts(lines: [title, "Thời gian: 19h30, ngày 05/9/2024."] + lines, resolutionItems: [])
            XCTAssertEqual(AttendanceLineReading.absent(of: read), "Nguyễn Văn Hùng (Đi công tác), Lê Thị Mai (Ốm) | 2/0", "\(lines)")
        }
    }
}
