@testable import BonTotKit

/// Minutes laid out as a reviewer's python-docx drafts are: the header of a ward's branch, the
/// title, the lines under test, the body (two resolutions, the end). `facts` reads them as the
/// import does, `summary` gives what the editor would see first.
enum ReviewedMinutesDraft {
    static let header = ["ĐẢNG BỘ PHƯỜNG HÒA THUẬN", "CHI BỘ KHU DÂN CƯ SỐ 1", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
                         "Hòa Thuận, ngày 16 tháng 10 năm 2026"]
    static let title = ["BIÊN BẢN", "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026"]
    static let opening = ["Thời gian: 19 giờ 30 phút, ngày 15/10/2026", "Địa điểm: Hội trường khu dân cư số 1",
                          "Chủ trì: đồng chí Nguyễn Văn Hùng – Bí thư chi bộ", "Thư ký: đồng chí Lê Thị Thu – đảng viên"]
    static let body = ["I. NỘI DUNG", "1. Đồng chí Bí thư chi bộ thông qua báo cáo tình hình tháng 9/2026.",
                       "2. Ý kiến thảo luận: có 7 đảng viên phát biểu.", "II. NGHỊ QUYẾT",
                       "1. Vận động nhân dân tham gia tổng vệ sinh, hoàn thành trước ngày 30/10/2026.",
                       "2. Thu đảng phí quý IV, xong trước ngày 15/11/2026.", "Biên bản kết thúc vào lúc 21 giờ 15 phút cùng ngày."]

    /// The facts of the minutes with `lines` between the header and the body.
    static func facts(_ lines: [String]) -> MinutesFacts {
        MinutesFacts(lines: header + lines + body, resolutionItems: [])
    }

    /// "date start present/expected" of the minutes with `lines` between the header and the body.
    static func summary(_ lines: [String]) -> String {
        let facts = facts(lines)
        func text(_ number: Int?) -> String { number.map(String.init) ?? "-" }
        return "\(facts.date?.description ?? "-") \(facts.start?.description ?? "-") \(text(facts.present))/\(text(facts.expected))"
    }
}
