@testable import BonTotKit
import XCTest

/// Minutes laid out as clerks lay them out and earlier imports did not read: the hours as a span
/// on the time line, the chair as "Chủ tọa".
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
}
