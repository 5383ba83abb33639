@testable import BonTotKit
import XCTest

/// A meeting date whose year has a figure too many ("ngày 08 tháng 10 năm 20266", "08/10/20266",
/// a key held down): `import minutes` read its first four figures as the year and dropped the
/// fifth without a word (and quoted "năm 99999" as "năm 9999" in its message). It is a year that
/// cannot be read, as "2O26" is: the title's year is taken with a warning, or, without one, the
/// minutes are not imported for want of a date.
final class FiveFigureYearImportTests: XCTestCase {
    private func reading(_ lines: [String]) -> MeetingDateReading {
        MinutesFacts(lines: lines, resolutionItems: []).dateReading
    }

    func testTheTitlesYearIsTakenWithAWarning() {
        let title = "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026"
        for line in ["Thời gian: 19 giờ 30, ngày 08 tháng 10 năm 20266", "Thời gian: 19 giờ 30, ngày 08/10/20266"] {
            let reading = reading([title, line])
            XCTAssertEqual(reading.date, CalendarDate(year: 2026, month: 10, day: 8), line)
            guard case .yearTaken(_, let written, let from) = reading.problem else {
                return XCTFail("\(line): no warning that the year was taken from the title: \(String(describing: reading.problem))")
            }
            XCTAssertTrue(written.contains("20266"), written)
            XCTAssertEqual(from, title)
        }
    }

    func testWithoutATitlesYearThereIsNoDate() {
        let reading = reading(["BIÊN BẢN SINH HOẠT CHI BỘ", "Thời gian: 19 giờ 30, ngày 08 tháng 10 năm 20244"])
        XCTAssertNil(reading.date, "not 2024-10-08, the fifth figure dropped")
        guard case .notFound = reading.problem else { return XCTFail("\(String(describing: reading.problem))") }
    }
}
