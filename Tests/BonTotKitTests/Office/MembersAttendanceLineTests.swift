@testable import BonTotKit
import XCTest

/// The members' attendance line: a guest's, a vote's or the hour's "dự họp" was taken for it
/// over the labelled "Có mặt" line below; a "và" inside a reason split it into a third absentee
/// and a negative count; the chair of the next sentence was written as an absentee.
final class MembersAttendanceLineTests: XCTestCase {
    private let title = ReviewedMinutesDraft.title
    private let opening = ReviewedMinutesDraft.opening
    private func facts(_ lines: [String]) -> MinutesFacts { ReviewedMinutesDraft.facts(lines) }
    private func summary(_ lines: [String]) -> String { ReviewedMinutesDraft.summary(lines) }

    /// The labelled "Có mặt" line is the attendance wherever it is; a sentence wording the
    /// attendance of others (guests, the members called), a vote or the hour never is.
    func testTheLabelledLineWinsAndOthersAttendanceIsNotTheMembers() {
        let present = "Có mặt: 26/28 đồng chí; vắng 02 đồng chí (có lý do)."
        for line in ["Số đảng viên được triệu tập dự họp: 28 đồng chí",
                     "- Đảng ủy phường: 01 đồng chí dự họp (đồng chí Võ Văn Lâm – Phó Bí thư Đảng ủy)",
                     "Quần chúng ưu tú tham dự: 02 người",
                     "Thời gian dự họp: 19 giờ 30 phút",
                     "Tổng số đảng viên: 30; miễn sinh hoạt: 02; số đảng viên phải dự họp: 28",
                     "Trưởng các đoàn thể khu dân cư tham dự: 05 đồng chí",
                     "Đại diện Đảng ủy phường: 01 đồng chí dự họp."] {
            XCTAssertEqual(summary(title + opening + [line, present]), "2026-10-15 19:30 26/28", line)
        }
        XCTAssertEqual(summary(title + ["Hôm nay, ngày 15/10/2026, Đảng ủy phường cử 01 đồng chí tham dự và chỉ đạo."] + opening + [present]),
                       "2026-10-15 19:30 26/28", "the guest's sentence does not end the opening")
        XCTAssertEqual(summary(title + ["Hôm nay, ngày 15/10/2026, Đảng ủy phường cử 01 đồng chí tham dự và chỉ đạo."] + opening),
                       "2026-10-15 19:30 -/-", "no attendance at all")
        XCTAssertEqual(summary(title + opening + ["Biểu quyết: 24/24 đồng chí dự họp nhất trí thông qua."]), "2026-10-15 19:30 -/-",
                       "a vote is no attendance line")
        XCTAssertEqual(summary(title + opening + ["Chi bộ có 28 đảng viên, dự họp 25 đồng chí."]), "2026-10-15 19:30 25/28",
                       "a worded attendance, when no line is labelled")
    }

    /// "và" inside a reason ("đi thăm con ở Thành phố Hồ Chí Minh và Đồng Nai") is the reason's:
    /// "Đồng Nai" was a third absentee, and the unexcused counted −1, which `bontot check` refuses.
    func testAReasonIsNeverSplitAndNoCountIsNegative() {
        let facts = facts(title + opening + ["Có mặt: 26/28 đồng chí, vắng 02 đồng chí (có lý do: đồng chí Nguyễn Văn An – đi thăm con ở "
                                             + "Thành phố Hồ Chí Minh và Đồng Nai, đồng chí Trần Thị Bình – ốm)"])
        XCTAssertEqual(facts.absent, [MinutesFacts.Absentee(name: "Nguyễn Văn An", reason: "đi thăm con ở Thành phố Hồ Chí Minh và Đồng Nai"),
                                      MinutesFacts.Absentee(name: "Trần Thị Bình", reason: "ốm")])
        XCTAssertEqual([facts.absentCount, facts.excused, facts.unexcused], [2, 2, 0])
        let disagreeing = self.facts(title + opening + ["Có mặt: 27/28 đồng chí, vắng 01 đồng chí (có lý do: đồng chí Nguyễn Văn An – ốm, "
                                                        + "đồng chí Trần Thị Bình – đi công tác)"])
        XCTAssertEqual(disagreeing.excused, 2)
        XCTAssertNil(disagreeing.unexcused, "1 absent less 2 excused is no count")
        XCTAssertEqual(MinutesFacts(lines: title + opening + ["Có mặt: 26/28; vắng 02 đồng chí (có lý do: đồng chí Nguyễn Văn An và "
                                                              + "Trần Thị Bình – đi công tác)"], resolutionItems: []).absent.map(\.name),
                       ["Nguyễn Văn An", "Trần Thị Bình"], "names joined by 'và' before the reason are two")
    }

    /// The names after "vắng 03 đồng chí" are those after its own colon, in its own sentence: the
    /// chair of the next sentence was written as an absentee.
    func testTheNamesOfTheAbsentStopAtTheSentencesEnd() {
        let lines = title + ["Thời gian: 19 giờ 30 phút, ngày 15/10/2026",
                             "Có mặt: 25/28 đồng chí; vắng 03 đồng chí. Chủ trì: đồng chí Nguyễn Văn Hùng – Bí thư chi bộ. "
                             + "Thư ký: đồng chí Lê Thị Thu – đảng viên"]
        let facts = facts(lines)
        XCTAssertEqual(facts.absent, [])
        XCTAssertEqual(facts.chair, "Nguyễn Văn Hùng")
        XCTAssertEqual(self.facts(title + ["Thời gian: 19 giờ 30 phút, ngày 15/10/2026",
                                           "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Nguyễn Văn An, Trần Thị Bình. Chủ trì: đồng chí Nguyễn Văn Hùng."])
                        .absent.map(\.name), ["Nguyễn Văn An", "Trần Thị Bình"])
    }
}
