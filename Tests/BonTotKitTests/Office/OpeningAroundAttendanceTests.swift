@testable import BonTotKit
import XCTest

/// The opening around the attendance: the "Thời gian" lines right under a worded attendance
/// ("I. THÀNH PHẦN" before "II. THỜI GIAN, ĐỊA ĐIỂM") were cut off from it, and a "Hôm nay" line
/// citing a text's date ("Hôm nay, thực hiện Hướng dẫn … ngày 02/10/2026") made the "Vào hồi 19
/// giờ 30 phút, ngày 15/10/2026" below it a body's: the start was lost, silently.
final class OpeningAroundAttendanceTests: XCTestCase {
    private let title = ReviewedMinutesDraft.title
    private func summary(_ lines: [String]) -> String { ReviewedMinutesDraft.summary(lines) }

    /// "I. THÀNH PHẦN" before "II. THỜI GIAN, ĐỊA ĐIỂM": the "Thời gian" lines right under the
    /// worded attendance are the opening's, not the header's date (16/10) with no start.
    func testTheThoiGianLinesUnderTheAttendanceStayInTheOpening() {
        XCTAssertEqual(summary(title + ["I. THÀNH PHẦN", "Chi bộ có 28 đảng viên, dự họp 25 đồng chí, vắng 3 đồng chí có lý do.",
                                        "II. THỜI GIAN, ĐỊA ĐIỂM", "Thời gian: 19 giờ 30 phút, ngày 15/10/2026",
                                        "Địa điểm: Hội trường khu dân cư số 1"]),
                       "2026-10-15 19:30 25/28")
    }

    /// "Hôm nay, thực hiện Hướng dẫn số 05-HD/ĐU ngày 02/10/2026 …" says no day of its own: the
    /// "Vào hồi 19 giờ 30 phút, ngày 15/10/2026" below it is the meeting's start, not a body's.
    func testACitedTextsDateIsNotToday() {
        XCTAssertEqual(summary(title + ["Hôm nay, thực hiện Hướng dẫn số 05-HD/ĐU ngày 02/10/2026 của Đảng ủy phường,",
                                        "Vào hồi 19 giờ 30 phút, ngày 15/10/2026, tại Hội trường khu dân cư số 1, chi bộ họp.",
                                        "Có mặt: 26/28 đồng chí"]), "2026-10-15 19:30 26/28")
    }
}
