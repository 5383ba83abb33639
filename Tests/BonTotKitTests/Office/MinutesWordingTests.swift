@testable import BonTotKit
import BonTotOffice
import XCTest

/// The wordings of real minutes that the import reads: dates in words or figures, times with
/// "giờ … phút" or "h", the end, the chair and recorder with their titles, attendance with
/// "phải dự" or "tổng số … miễn sinh hoạt", deadlines with or without their year.
final class MinutesWordingTests: XCTestCase {
    private func facts(_ lines: [String], resolutions: [ResolutionItem] = []) -> MinutesFacts {
        MinutesFacts(lines: lines, resolutionItems: resolutions)
    }

    func testDatesAndTimes() {
        let slashes = facts(["Thời gian: 19h30, ngày 05/9/2024", "Cuộc họp kết thúc lúc 21h."])
        XCTAssertEqual(slashes.date?.description, "2024-09-05")
        XCTAssertEqual(slashes.start?.description, "19:30")
        XCTAssertEqual(slashes.end?.description, "21:00")
        let words = facts(["Hòa Thuận, ngày 12 tháng 6 năm 2026",
                           "Vào hồi 14 giờ ngày 12 tháng 6 năm 2026, tại hội trường",
                           "Buổi sinh hoạt kết thúc vào lúc 15 giờ 40 phút cùng ngày."])
        XCTAssertEqual(words.date?.description, "2026-06-12")
        XCTAssertEqual(words.start?.description, "14:00")
        XCTAssertEqual(words.end?.description, "15:40")
        XCTAssertNil(facts(["Biên bản không ghi ngày"]).date)
    }

    /// "Hồi 19h30' ngày…" and "Hôm nay, vào hồi 19 giờ 30 phút…" left `start` empty, with a
    /// warning to fill it in; the line saying when the meeting ended is never the start.
    func testTheStartWrittenWithHoiOrAfterHomNay() {
        let hoi = facts(["Hồi 19h30' ngày 05 tháng 9 năm 2024, tại Nhà văn hóa khu dân cư Ấp Bắc, chi bộ tiến hành sinh hoạt.",
                         "Buổi sinh hoạt kết thúc vào lúc 21 giờ 15 phút cùng ngày."])
        XCTAssertEqual([hoi.date?.description, hoi.start?.description, hoi.end?.description], ["2024-09-05", "19:30", "21:15"])
        let today = facts(["Hôm nay, ngày 05/9/2024, vào lúc 14 giờ 00, tại hội trường.", "Kết thúc lúc 16h."])
        XCTAssertEqual([today.date?.description, today.start?.description, today.end?.description], ["2024-09-05", "14:00", "16:00"])
        let south = facts(["Thời gian: 19g30, ngày 05 tháng 9, năm 2024", "Hội nghị bế mạc lúc 21g15 cùng ngày."])
        XCTAssertEqual([south.date?.description, south.start?.description, south.end?.description], ["2024-09-05", "19:30", "21:15"],
                       "'19g30', a comma before 'năm', 'bế mạc' were not read")
        let evening = facts(["Vào lúc 7 giờ 30 phút tối ngày 05/9/2024, tại nhà văn hóa", "Kết thúc lúc 9 giờ tối cùng ngày."])
        XCTAssertEqual([evening.start?.description, evening.end?.description], ["19:30", "21:00"], "'tối' is after noon")
        let deadline = facts(["Ngày 05/9/2024"] + Array(repeating: "Đồng chí Bí thư báo cáo.", count: 20)
                              + ["- Nộp báo cáo trước lúc 17 giờ ngày 30/9/2024."])
        XCTAssertNil(deadline.start, "a deadline far down is no start")
        let endOnly = facts(["Ngày 05/9/2024", "Hội nghị kết thúc vào lúc 21 giờ 15 phút."])
        XCTAssertNil(endOnly.start)
        XCTAssertEqual(endOnly.end?.description, "21:15")
    }

    func testChairRecorderAndGuests() {
        let found = facts(["Chủ trì: đồng chí Hoàng Thị Thu Trang, Bí thư chi bộ; thư ký: đồng chí Âu Thị Diễm, Phó Bí thư.",
                           "Đại biểu cấp trên dự: đồng chí Lê Văn Minh - Phó Bí thư Đảng ủy; đồng chí Trần Hòa - Đảng ủy viên."])
        XCTAssertEqual(found.chair, "Hoàng Thị Thu Trang")
        XCTAssertEqual(found.recorder, "Âu Thị Diễm")
        XCTAssertEqual(found.guests, ["Lê Văn Minh — Phó Bí thư Đảng ủy", "Trần Hòa — Đảng ủy viên"])
        XCTAssertNil(facts(["Chủ trì: chi ủy"]).chair, "not a name")
    }

    /// "Người ghi biên bản: …" left `recorder` empty; "Chủ trì:" alone with the name on the next
    /// line left `chair` empty; a name in capitals ("PHẠM VĂN LONG") went into the page so.
    func testRecorderWordingsNamesOnTheNextLineAndNamesInCapitals() {
        let keeper = facts(["Người chủ trì: đồng chí Phạm Văn Long, Bí thư chi bộ",
                            "Người ghi biên bản: đồng chí Bùi Thị Thủy, chi ủy viên"])
        XCTAssertEqual([keeper.chair, keeper.recorder], ["Phạm Văn Long", "Bùi Thị Thủy"])
        let below = facts(["Chủ trì:", "Đồng chí Phạm Văn Long – Bí thư chi bộ", "- Thư ký:", "- Đồng chí Bùi Thị Thủy"])
        XCTAssertEqual([below.chair, below.recorder], ["Phạm Văn Long", "Bùi Thị Thủy"])
        let capitals = facts(["- Chủ trì: Đồng chí PHẠM VĂN LONG – Bí thư chi bộ", "- Thư ký: Đồng chí BÙI THỊ THỦY – Phó Bí thư"])
        XCTAssertEqual([capitals.chair, capitals.recorder], ["Phạm Văn Long", "Bùi Thị Thủy"])
    }

    /// The items under "III. KẾT LUẬN" after a sentence leading into them ("Chi bộ thống nhất
    /// các nội dung sau:") were not found: `resolutions` was left to fill.
    func testResolutionsAfterALeadInSentence() {
        let document = WordDocument(blocks: [
            "Có mặt: 25/28", "III. KẾT LUẬN", "Chi bộ thống nhất các nội dung sau:",
            "1. Tập trung thu quỹ trước ngày 15/9.", "2. Ra quân vệ sinh môi trường.", "Buổi sinh hoạt kết thúc lúc 21 giờ.",
        ].map { .paragraph(WordParagraph(runs: [WordRun(text: $0)])) })
        XCTAssertEqual(MinutesImport.resolutionItems(of: document), ["Tập trung thu quỹ trước ngày 15/9", "Ra quân vệ sinh môi trường"])
    }

    /// Attendance in a table laid across, titles over figures ("Tổng số đảng viên | Phải dự |
    /// Có mặt | Vắng có lý do | Vắng không lý do" over "30 | 28 | 25 | 2 | 1"), was not found:
    /// `attendance` was left to fill though the page showed the figures.
    func testAttendanceInATableWithAHeaderRow() {
        func cell(_ text: String) -> [WordParagraph] { [WordParagraph(runs: [WordRun(text: text)])] }
        let document = WordDocument(blocks: [
            .paragraph(WordParagraph(runs: [WordRun(text: "Thời gian: 19 giờ 30 phút, ngày 05/9/2024")])),
            .table(WordTable([["Tổng số đảng viên", "Phải dự", "Có mặt", "Vắng có lý do", "Vắng không lý do"].map(cell),
                    ["30", "28", "25", "2", "1"].map(cell)])),
            .table(WordTable([["THƯ KÝ", "CHỦ TRÌ"].map(cell), ["Bùi Thị Thủy", "Phạm Văn Long"].map(cell)])),
        ])
        let found = MinutesFacts(lines: MinutesImport.lines(of: document), resolutionItems: [])
        XCTAssertEqual([found.expected, found.present, found.excused, found.unexcused], [28, 25, 2, 1])
        XCTAssertTrue(MinutesImport.lines(of: document).suffix(4) == ["THƯ KÝ", "CHỦ TRÌ", "Bùi Thị Thủy", "Phạm Văn Long"],
                      "the signatures' layout table is read cell by cell")
    }

    /// A title on two lines ("BIÊN BẢN" over "SINH HOẠT CHI BỘ CHUYÊN ĐỀ QUÝ III") was imported
    /// as a regular meeting (the quarter then lacked its thematic one, the month had two regular
    /// ones); a meeting of the committee ("BIÊN BẢN HỌP CHI ỦY") was imported as the branch's
    /// regular meeting, so the month looked held.
    func testTheKindFromATitleOnTwoLinesAndACommitteeMeeting() {
        XCTAssertEqual(facts(["ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN", "SINH HOẠT CHI BỘ CHUYÊN ĐỀ QUÝ III NĂM 2024"]).kind, .chuyenDe)
        XCTAssertEqual(facts(["BIÊN BẢN", "HỌP CHI ỦY THÁNG 9 NĂM 2024"]).kind, .capUy)
        XCTAssertEqual(facts(["BIÊN BẢN HỌP CHI ỦY MỞ RỘNG"]).kind, .capUy)
        XCTAssertNil(facts(["BIÊN BẢN", "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9", "Chi ủy báo cáo kết quả tháng 8."]).kind)
        XCTAssertNil(facts(["Biên bản sinh hoạt chi bộ tháng 9 năm 2024 của chi bộ khu dân cư, có đại diện Đảng ủy dự"]).kind)
    }

    /// "Nội dung sinh hoạt chuyên đề: “…”" and "Tên chuyên đề: …" left `topic` empty.
    func testTopicWordings() {
        XCTAssertEqual(facts(["Nội dung sinh hoạt chuyên đề: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”."]).topic,
                       "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")
        XCTAssertEqual(facts(["- Tên chuyên đề: Nâng cao chất lượng sinh hoạt chi bộ"]).topic, "Nâng cao chất lượng sinh hoạt chi bộ")
        XCTAssertEqual(facts(["Nội dung trọng tâm: Cải tạo điểm đen rác thải ngõ 15"]).topic, "Cải tạo điểm đen rác thải ngõ 15")
    }

    func testNonBreakingSpacesReadAsSpaces() {
        let found = facts(["Chủ trì: đồng chí\u{A0}Nguyễn Văn\u{A0}An, Bí thư chi bộ",
                           "Thư ký:\tđồng chí Lê\u{202F}Thị Hoa",
                           "Có mặt:\u{A0}25/28 đồng chí"])
        XCTAssertEqual(found.chair, "Nguyễn Văn An")
        XCTAssertEqual(found.recorder, "Lê Thị Hoa")
        XCTAssertEqual(found.present, 25)
        XCTAssertEqual(found.expected, 28)
    }

    func testAttendanceWordings() {
        let exempt = facts(["Tổng số đảng viên: 30, miễn sinh hoạt: 2; có mặt: 26; vắng: 2 (có lý do: 2)."])
        XCTAssertEqual([exempt.expected, exempt.present, exempt.excused, exempt.unexcused], [28, 26, 2, 0])
        let due = facts(["Đảng viên phải dự: 14; có mặt: 13; vắng không lý do: 01 đồng chí: Hoàng Văn Nam."])
        XCTAssertEqual([due.expected, due.present, due.excused, due.unexcused], [14, 13, nil, 1])
        XCTAssertEqual(due.absent, [MinutesFacts.Absentee(name: "Hoàng Văn Nam")])
        XCTAssertEqual(facts(["Có 9 đảng viên phát biểu ý kiến."]).speakers, 9)
        let ratio = facts(["Đảng viên có mặt 25/28 đồng chí; vắng 03 (có lý do 02, không lý do 01)."])
        XCTAssertEqual([ratio.expected, ratio.present, ratio.excused, ratio.unexcused], [28, 25, 2, 1])
        let whole = facts(["Đảng viên phải dự 14 đồng chí; có mặt đủ 14/14 đồng chí."])
        XCTAssertEqual([whole.expected, whole.present], [14, 14])
        let full = facts(["Đảng viên có mặt đầy đủ (28/28 đồng chí)."])
        XCTAssertEqual([full.expected, full.present], [28, 28], "'có mặt đầy đủ (28/28)' left attendance to fill")
    }

    /// "Vắng mặt: 03 đồng chí (02 có lý do, 01 không có lý do)" gave `unexcused: 3`: the
    /// counts written before "có lý do" were not read, and every absent member counted unexcused.
    func testCountsWrittenBeforeTheReason() {
        let before = facts(["Tổng số đảng viên: 28 đồng chí. Có mặt: 25 đồng chí. Vắng mặt: 03 đồng chí (02 có lý do, 01 không có lý do)."])
        XCTAssertEqual([before.expected, before.present, before.excused, before.unexcused], [28, 25, 2, 1])
        let allExcused = facts(["Đảng viên dự họp: 25/28 đồng chí, vắng 03 đồng chí có lý do."])
        XCTAssertEqual([allExcused.expected, allExcused.present, allExcused.excused, allExcused.unexcused], [28, 25, 3, 0])
        let units = facts(["Có mặt 25 đồng chí/28 đồng chí được triệu tập; vắng 3 đ/c (2 đ/c có lý do, 1 đ/c không lý do)."])
        XCTAssertEqual([units.expected, units.present, units.excused, units.unexcused], [28, 25, 2, 1])
    }

    /// "Vắng mặt: 2 đồng chí (có lý do)", the reason in brackets after the count, was read as
    /// two absent without a word on reasons: written `unexcused: 2` (the meeting short of
    /// quality), with a warning to check it.
    func testAReasonInBracketsAfterTheCount() {
        let excused = facts(["Có mặt: 26/28 đồng chí. Vắng mặt: 2 đồng chí (có lý do)."])
        XCTAssertEqual([excused.expected, excused.present, excused.excused, excused.unexcused], [28, 26, 2, 0])
        XCTAssertFalse(excused.reasonsUnsaid)
        let unexcused = facts(["Có mặt: 27/28 đồng chí. Vắng mặt: 1 đ/c ( không lý do )."])
        XCTAssertEqual([unexcused.excused, unexcused.unexcused], [0, 1])
    }

    /// Names inside brackets separated by ";" ("(có lý do: đ/c Lê Văn Tám – ốm; đ/c Hoàng Văn
    /// Nam – đi công tác)") were not read, and the two absent were written as unexcused.
    func testAbsentNamesSeparatedBySemicolonsInsideBrackets() {
        let found = facts(["Có mặt: 26/28 đồng chí; vắng 02 (có lý do: đ/c Lê Văn Tám – ốm; đ/c Hoàng Văn Nam – đi công tác); đề nghị…"])
        XCTAssertEqual(found.absent, [MinutesFacts.Absentee(name: "Lê Văn Tám", reason: "ốm"),
                                      MinutesFacts.Absentee(name: "Hoàng Văn Nam", reason: "đi công tác")])
        XCTAssertEqual([found.excused, found.unexcused], [2, 0])
    }

    /// "Vắng: 03" without a word on reasons is written as three absent without reason, which
    /// makes the meeting fall short of quality: the import now says so, for the editor to check.
    func testAbsentWithoutAWordOnReasonsIsFlagged() {
        let unsaid = facts(["Có mặt: 25/28 đồng chí; vắng: 03 đồng chí."])
        XCTAssertEqual([unsaid.excused, unsaid.unexcused], [nil, 3])
        XCTAssertTrue(unsaid.reasonsUnsaid)
        XCTAssertFalse(facts(["Có mặt: 25/28 đồng chí; vắng: 03 (có lý do: 02)."]).reasonsUnsaid)
        XCTAssertFalse(facts(["Có mặt: 28/28 đồng chí; vắng: 0."]).reasonsUnsaid)
    }

    /// Figures on lines of their own ("- Có mặt: 25 đ/c", "- Vắng: 3 đ/c (Có lý do: 3 đ/c)")
    /// left the excused and unexcused out of `attendance`.
    func testTheAbsentOnTheLineAfterTheAttendance() {
        let lines = facts(["- Tổng số đảng viên: 30 đ/c", "- Số đảng viên phải dự: 28", "- Có mặt: 25 đ/c",
                           "- Vắng: 3 đ/c (Có lý do: 3 đ/c: Lê Văn Tám – ốm, Hoàng Văn Nam – đi công tác, Trần Thị Hoa – việc gia đình)"])
        XCTAssertEqual([lines.expected, lines.present, lines.excused, lines.unexcused], [28, 25, 3, 0])
        XCTAssertEqual(lines.absent.map(\.name), ["Lê Văn Tám", "Hoàng Văn Nam", "Trần Thị Hoa"])
        let split = facts(["Tổng số đảng viên phải dự: 28 đồng chí", "Có mặt: 25 đồng chí", "Vắng: 03 đồng chí",
                           "Trong đó: có lý do 02 đồng chí, không lý do 01 đồng chí"])
        XCTAssertEqual([split.expected, split.present, split.excused, split.unexcused], [28, 25, 2, 1])
    }

    func testMembersExemptFromMeetingsInTheirUsualWordingsAreNotExpected() {
        for line in ["Đảng viên miễn sinh hoạt: 16.", "Đảng viên được miễn sinh hoạt: 16 đồng chí.", "Miễn SH: 16",
                     "Số đảng viên được miễn sinh hoạt đảng 16 đ/c.", "Đảng viên miễn công tác và sinh hoạt đảng: 16",
                     "Trong đó 16 đồng chí được miễn sinh hoạt."] {
            let found = facts(["Tổng số đảng viên: 99; có mặt: 78; vắng: 05 (có lý do: 04).", line])
            XCTAssertEqual([found.total, found.exempt, found.expected, found.present, found.excused, found.unexcused],
                           [99, 16, 83, 78, 4, 1], line)
            XCTAssertNil(found.attendanceMismatch, line)
        }
        let before = facts(["Tổng số đảng viên của chi bộ: 99 đồng chí (16 đồng chí được miễn sinh hoạt).",
                            "Có mặt: 78 đồng chí; vắng: 05 đồng chí (có lý do: 04; không lý do: 01)."])
        XCTAssertEqual([before.total, before.exempt, before.expected], [99, 16, 83], "the total and the exempt on the line above")
        let due = facts(["Số đảng viên phải dự: 83.", "Có mặt: 78; vắng: 05."])
        XCTAssertEqual([due.expected, due.present, due.unexcused], [83, 78, 5])
        let decision = facts(["Tổng số đảng viên: 99; có mặt: 78; vắng: 05 (có lý do: 04).", "Địa điểm: hội trường.",
                              "Khách mời: không.", "Nội dung: tháng 10.", "Chi bộ thống nhất đề nghị miễn sinh hoạt 02 đồng chí."])
        XCTAssertNil(decision.exempt, "a decision far below the attendance line is not a count of the exempt")
        XCTAssertEqual(decision.expected, 99)
    }

    func testFiguresThatDoNotAddUpAreSaid() {
        let short = facts(["Tổng số đảng viên: 99; có mặt: 60; vắng: 05 (có lý do: 04).", "Đảng viên miễn sinh hoạt: 16."])
        XCTAssertEqual(short.attendanceMismatch?.vietnamese,
                       "có mặt 60 + vắng 5 = 65, khác số phải dự 83 (tổng số đảng viên 99 − miễn sinh hoạt 16)")
        XCTAssertEqual(short.attendanceMismatch?.english, "present 60 + absent 5 = 65, not the 83 expected (99 members − 16 exempt)")
        let unsaid = facts(["Tổng số đảng viên: 99; có mặt: 78; vắng: 05 (có lý do: 04)."])
        XCTAssertEqual(unsaid.attendanceMismatch?.vietnamese,
                       "có mặt 78 + vắng 5 = 83, khác số phải dự 99 (tổng số đảng viên 99; nếu có đảng viên miễn sinh hoạt, số phải dự không tính họ)")
        let split = facts(["Phải dự: 28; có mặt: 25; vắng: 03 (có lý do: 01; không lý do: 01)."])
        XCTAssertEqual(split.attendanceMismatch?.vietnamese, "vắng 3, nhưng có lý do 1 + không lý do 1 = 2")
        XCTAssertNil(facts(["Tổng số đảng viên: 28; có mặt: 25; vắng: 03 (có lý do: 02)."]).attendanceMismatch)
        XCTAssertNil(facts(["Đảng viên phải dự: 14; có mặt: 13."]).attendanceMismatch, "no absence counted: nothing to add up")
    }

    func testDeadlinesTakeTheMeetingsYearWhenTheyGiveNone() {
        let found = facts(["Thời gian: 19 giờ, ngày 05 tháng 11 năm 2024"],
                          resolutions: ["Hoàn thành trước ngày 30/11", "Tổng kết năm xong trước 15/01", "Tiếp tục vận động"])
        XCTAssertEqual(found.resolutions.map { $0.due?.description }, ["2024-11-30", "2025-01-15", nil])
    }
}
