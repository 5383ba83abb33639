@testable import BonTotKit
import XCTest

/// The attendance worded in a sentence of the opening ("Chi bộ có 28 đảng viên, dự họp 25 đồng
/// chí, vắng 3 đồng chí (có lý do 2, không lý do 1)", "Dự họp: 25/28 đồng chí") was not read: the
/// import wrote the attendance as missing, and the opening ran on past it. A body's sentence ("25
/// đồng chí dự họp đều nhất trí …") is no attendance line.
final class AttendanceSentenceTests: XCTestCase {
    private let title = "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026"

    /// The figures read from the minutes: "present/expected total absent excused/unexcused".
    private func figures(_ lines: [String]) -> String {
        let facts = MinutesFacts(lines: lines, resolutionItems: [])
        func text(_ number: Int?) -> String { number.map(String.init) ?? "-" }
        return "\(text(facts.present))/\(text(facts.expected)) \(text(facts.total)) \(text(facts.absentCount)) "
            + "\(text(facts.excused))/\(text(facts.unexcused))"
    }

    func testTheAttendanceInASentenceIsRead() {
        let opening = [title, "Thời gian: 19 giờ 30, ngày 08/10/2026"]
        XCTAssertEqual(figures(opening + ["Chi bộ có 28 đảng viên, dự họp 25 đồng chí, vắng 3 đồng chí (có lý do 2, không lý do 1)."]),
                       "25/28 28 3 2/1")
        XCTAssertEqual(figures(opening + ["Chi bộ có 28 đảng viên, 25 đồng chí dự họp, vắng 3 đồng chí (có lý do 2, không lý do 1)."]),
                       "25/28 28 3 2/1")
        XCTAssertEqual(figures(opening + ["Dự họp: 25/28 đồng chí, vắng 3 đồng chí có lý do."]), "25/28 - 3 3/0")
        XCTAssertEqual(figures(opening + ["Có mặt: 25/28 đồng chí."]), "25/28 - - -/-")
        XCTAssertEqual(figures(opening + ["- Có mặt 25/28 đ/c; vắng 3 đ/c (có lý do 2, không lý do 1)."]), "25/28 - 3 2/1")
        XCTAssertEqual(figures(opening + ["Đảng viên có mặt: 25 đồng chí / 28 đồng chí."]), "25/28 - - -/-")
    }

    /// The sentence ends the opening: a date below it is not the meeting's.
    func testTheSentenceEndsTheOpening() {
        let facts = MinutesFacts(lines: [title, "Thời gian: 19 giờ 30", "Chi bộ có 28 đảng viên, dự họp 25 đồng chí, vắng 3 đồng chí.",
                                         "Ngày 20/10/2026 chi bộ ra quân phát quang đường xóm."], resolutionItems: [])
        XCTAssertNil(facts.date, "the day of a task below the attendance")
        XCTAssertEqual(facts.present, 25)
    }

    /// "25 đồng chí dự họp đều nhất trí …" in the body is not the attendance; the first such line
    /// of the opening is.
    func testABodysSentenceIsNotTheAttendance() {
        let opening = [title, "Thời gian: 19 giờ 30, ngày 08/10/2026", "Nội dung sinh hoạt:", "Đánh giá công tác tháng 10."]
        XCTAssertEqual(figures(opening + ["25 đồng chí dự họp đều nhất trí với dự thảo nghị quyết."]), "-/- - - -/-")
        XCTAssertEqual(figures(opening + ["Kết luận: 25 đồng chí dự họp nhất trí; dự họp 25 đồng chí."]), "-/- - - -/-")
        XCTAssertEqual(figures([title, "Thời gian: 19 giờ 30, ngày 08/10/2026", "Dự họp: 26/28 đồng chí.", "Nội dung sinh hoạt:",
                                "25 đồng chí dự họp đều nhất trí."]), "26/28 - - -/-")
        XCTAssertEqual(figures([title, "Thời gian: 19 giờ 30, ngày 08/10/2026", "Đại biểu cấp trên tham dự: 01 đồng chí.",
                                "Chi bộ có 28 đảng viên, dự họp 25 đồng chí."]), "25/28 28 - -/-", "the guests are not the attendance")
    }
}
