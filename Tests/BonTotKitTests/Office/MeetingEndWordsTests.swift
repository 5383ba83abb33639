@testable import BonTotKit
import XCTest

/// The end of the meeting is read where the minutes say the meeting ended ("kết thúc", "bế mạc"
/// as words of their own, a time near after them): "tổng kết thúc đẩy 8 giờ" (the "kết" of
/// "tổng kết" before "thúc đẩy") set the end to 08:00.
final class MeetingEndWordsTests: XCTestCase {
    private func end(_ line: String) -> String? {
        MinutesFacts(lines: ["BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9", "Thời gian: 19 giờ 30, ngày 05/9/2024.", line],
                     resolutionItems: []).end?.description
    }

    func testTheEndIsReadOnlyWhereTheMeetingEnded() {
        let rows: [(line: String, end: String?)] = [
            ("Cuộc họp kết thúc vào lúc 21 giờ 15 phút cùng ngày.", "21:15"),
            ("Hội nghị bế mạc lúc 21h.", "21:00"),
            ("Buổi sinh hoạt kết thúc vào ngày 05/9/2024, lúc 21 giờ 30.", "21:30"),
            ("Hội nghị tổng kết kết thúc lúc 21 giờ.", "21:00"),
            ("Chi bộ tổng kết thúc đẩy 8 giờ lao động công ích mỗi tháng.", nil),
            ("Qua sơ kết thúc đẩy phong trào, tổ 3 làm 8 giờ ngày công.", nil),
            ("Đồng chí Hùng kết luận: đường ấp 1 làm xong, kết thúc đợt ra quân; tổ 2 họp lại vào cuối tháng 9 lúc 19 giờ.", nil),
            ("Thư ký đọc biên bản kết thúc đợt thi đua.", nil),
        ]
        for row in rows {
            XCTAssertEqual(end(row.line), row.end, row.line)
        }
    }
}
