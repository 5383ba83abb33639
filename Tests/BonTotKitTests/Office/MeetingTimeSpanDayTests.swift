@testable import BonTotKit
import XCTest

/// A time line naming the day between the two hours of its span ("từ 19h30 ngày 05/9/2024 đến
/// 21h cùng ngày"), or a comma before "đến", gave no end, and the end was left to fill in; a span of two days ("từ 7h30
/// ngày 05/9 đến 11h ngày 06/9") ends on no hour of the first day, and gives none still.
final class MeetingTimeSpanDayTests: XCTestCase {
    private func facts(_ timeLine: String) -> MinutesFacts {
        MinutesFacts(lines: ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2024", timeLine], resolutionItems: [])
    }

    func testTheDayBetweenTheTwoHoursOfTheSpan() {
        for line in ["Thời gian: từ 19h30 ngày 05/9/2024 đến 21h cùng ngày.", "Thời gian: 19 giờ 30, ngày 05/9/2024 – 21 giờ.",
                     "Thời gian: 19 giờ 30 phút, đến 21 giờ, ngày 05/9/2024."] {
            let read = facts(line)
            XCTAssertEqual(read.start?.description, "19:30", line)
            XCTAssertEqual(read.end?.description, "21:00", line)
            XCTAssertEqual(read.date?.description, "2024-09-05", line)
        }
    }

    func testASpanOfTwoDaysGivesNoEnd() {
        for line in ["Thời gian: từ 7h30 ngày 05/9/2024 đến 11h00 ngày 06/9/2024.", "Thời gian: từ 7h30 ngày 05/9/2024 đến 11 giờ, ngày 06/9/2024."] {
            XCTAssertNil(facts(line).end, line)
        }
    }
}
