@testable import BonTotKit
import XCTest

/// Under a one-line title in lower case ("Biên bản sinh hoạt chi bộ tháng 10"), a sentence in
/// lower case ("thực hiện Chỉ thị số 05-CT/TW năm 2016 …", "về việc bầu bổ sung chi ủy viên …")
/// was read as the title's second line: its year became the meeting's, its words the kind.
final class TitleSecondLineTests: XCTestCase {
    private let opening = ReviewedMinutesDraft.opening
    private func facts(_ lines: [String]) -> MinutesFacts { ReviewedMinutesDraft.facts(lines) }

    /// A sentence in lower case under a one-line title is not the title's: not its year
    /// ("… Chỉ thị số 05-CT/TW năm 2016 …"), nor its kind ("… sinh hoạt chuyên đề năm 2026",
    /// "về việc bầu bổ sung chi ủy viên …"); a line beginning with the title's words still is.
    func testALowerCaseSentenceUnderTheTitleIsNotTheTitle() {
        let title = "Biên bản sinh hoạt chi bộ tháng 10"
        let undated = ["Thời gian: 19 giờ 30 phút, ngày 15/10", "Có mặt: 26/28 đồng chí"]
        XCTAssertEqual(facts([title, "thực hiện Chỉ thị số 05-CT/TW năm 2016 của Bộ Chính trị"] + undated).date?.description, "2026-10-15",
                       "2016 is the Chỉ thị's year, not the meeting's")
        XCTAssertNil(facts([title, "thực hiện Kế hoạch số 12-KH/ĐU của Đảng ủy phường về sinh hoạt chuyên đề năm 2026"] + opening).kind)
        XCTAssertNil(facts(["Biên bản hội nghị chi bộ tháng 10", "về việc bầu bổ sung chi ủy viên nhiệm kỳ 2025 – 2027"] + opening).kind)
        XCTAssertEqual(facts(["Biên bản sinh hoạt chi bộ", "chuyên đề quý IV năm 2026"] + opening).kind, .chuyenDe)
        XCTAssertEqual(facts(["Biên bản sinh hoạt chi bộ", "tháng 10 năm 2026"] + undated).date?.description, "2026-10-15")
    }
}
