@testable import BonTotKit
import XCTest

/// Wordings of real minutes a fifth review corpus found read wrong by `import minutes`: clerks'
/// abbreviations, counts in words (SPEC §1 `attendance:`).
final class ClerkWordingTests: XCTestCase {
    /// "present/expected excused/unexcused" as read of `line` ("-" where unsaid).
    private func counts(_ line: String) -> String {
        let facts = AttendanceLineReading.facts(line)
        return AttendanceLineReading.presentOfExpected(facts) + " " + AttendanceLineReading.absent(of: facts).dropFirst(3)
    }

    /// "Số đảng viên tham gia SHCB: 25/27": the members taking part in the meeting, named by its
    /// abbreviation or its words, give the present and expected (they read none).
    func testMembersTakingPartInTheMeetingShortened() {
        assertReadings([
            "Số đảng viên tham gia SHCB: 25/27; vắng: 02 đ/c (01 có lý do, 01 không lý do).": "25/27 1/1",
            "Đảng viên tham gia sinh hoạt chi bộ: 16/16.": "16/16 -/-",
            "Đảng viên tham dự SHCB: 18/20 đồng chí; vắng 02 đồng chí có lý do.": "18/20 2/0",
            // Without its colon, taking part in something else counts no one.
            "Đảng viên tham gia SHCB 25 lượt ý kiến.": "-/- -/-",
        ], by: counts)
    }

    /// "vắng hai đồng chí (có lý do)", "hai mươi hai (22) đồng chí": counts written in words are
    /// read as their figures (the attendance was left to fill in, or the absent unread).
    func testCountsWrittenInWords() {
        assertReadings([
            "Có mặt: 16/18 đồng chí; vắng hai đồng chí (có lý do).": "16/18 2/0",
            "Tổng số đảng viên: hai mươi hai (22) đồng chí; có mặt: hai mươi (20) đồng chí; vắng: hai (02) đồng chí có lý do.": "20/22 2/0",
            "Có mặt: 13/14 đồng chí. Đảng viên vắng: một đồng chí (không lý do).": "13/14 0/1",
            "Có mặt mười lăm đồng chí, vắng: Hai đồng chí có lý do.": "15/17 2/0",
        ], by: counts)
        XCTAssertEqual(CountInWords.value(of: "hai mươi mốt"), 21)
        XCTAssertEqual(CountInWords.value(of: "mười"), 10)
        XCTAssertNil(CountInWords.value(of: "mươi tư"))
        // A name ending in a number's word is no count.
        XCTAssertEqual(CountInWords.figures(in: "vắng 02 đồng chí: đồng chí Hoàng Văn Năm đồng chí Lê Văn Cường"),
                       "vắng 02 đồng chí: đồng chí Hoàng Văn Năm đồng chí Lê Văn Cường")
        XCTAssertEqual(CountInWords.figures(in: "Vắng: Hai đồng chí; có mặt: mười tám (18)"), "Vắng: 2 đồng chí; có mặt: 18")
    }

    /// "Tổng số ĐV: 21": the members' total shortened, as an attendance table's header writes it,
    /// gives the expected (the attendance was left to fill in).
    func testTheTotalShortened() {
        XCTAssertEqual(counts("Tổng số ĐV: 21; Có mặt: 19; Vắng có lý do: 02; Vắng không lý do: 0"), "19/21 2/0")
        XCTAssertEqual(counts("Tổng số đv: 16, có mặt 15 đồng chí, vắng 01 đồng chí có lý do."), "15/16 1/0")
        // A word beginning so is no total.
        XCTAssertEqual(AttendanceLineReading.facts("Tổng số đvhc: 12; có mặt: 19").total, nil)
    }

    /// "(02 đồng chí vắng có lý do)": the absent counted before "vắng" are read as after it (the
    /// excused and unexcused were unread).
    func testTheCountBeforeTheAbsent() {
        XCTAssertEqual(counts("Có mặt: 23/25 đảng viên (02 đồng chí vắng có lý do)."), "23/25 2/0")
        XCTAssertEqual(counts("Có mặt: 23/25 đồng chí; có 02 đồng chí vắng mặt không lý do."), "23/25 0/2")
        // The present's count, and a count already after "vắng", stay where they are.
        for text in ["có mặt 23 đồng chí vắng có lý do 02", "02 đồng chí vắng 2 kỳ liên tiếp", "Vắng 02 đồng chí, (01 đồng chí vắng có lý do)"] {
            XCTAssertEqual(AttendanceClause.countAfterAbsent(text), text)
        }
    }

    /// "đảng viên dự sinh hoạt đạt 100%", "tỷ lệ đảng viên dự họp: 95%": the present given only as
    /// a share of those expected is read as its count (the attendance was left to fill in).
    func testThePresentAsAShare() {
        XCTAssertEqual(counts("Tổng số đảng viên: 21 đồng chí; đảng viên dự sinh hoạt đạt 100%."), "21/21 -/-")
        XCTAssertEqual(counts("Tổng số đảng viên: 20 đồng chí; tỷ lệ đảng viên dự họp: 95%."), "19/20 -/-")
        XCTAssertEqual(MinutesFacts.present(ofShare: "92,5", expected: 40), 37)
        XCTAssertEqual(MinutesFacts.present(ofShare: "91", expected: 22), 20)
        // No count of 4 is a third of them; a vote is no attendance.
        XCTAssertNil(MinutesFacts.present(ofShare: "33", expected: 4))
        XCTAssertEqual(counts("Tổng số đảng viên: 20 đồng chí; đảng viên dự họp biểu quyết nhất trí đạt 100%."), "-/- -/-")
    }

    /// "vắng 02 đồng chí có lý do, cụ thể:" over a table "TT | Họ và tên | Lý do": the absent
    /// named in its rows are written with their reasons (they were lost).
    func testTheAbsentInATable() {
        func absent(_ lines: [String]) -> String {
            let facts = MinutesFacts(lines: ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026"] + lines,
                                     resolutionItems: [])
            return AttendanceLineReading.absent(of: facts)
        }
        // The rows as the import reads a table under its header row (`MinutesImport.headedRows`).
        let rows = ["TT: 1; Họ và tên: Đỗ Thị Hạnh; Lý do: việc gia đình", "TT: 2; Họ và tên: Huỳnh Văn Khánh; Lý do: con ốm"]
        XCTAssertEqual(absent(["Có mặt: 16/18 đồng chí; vắng 02 đồng chí có lý do, cụ thể:"] + rows),
                       "Đỗ Thị Hạnh (việc gia đình), Huỳnh Văn Khánh (con ốm) | 2/0")
        XCTAssertEqual(absent(["Có mặt: 16/18 đồng chí; vắng 02 đồng chí."] + rows), "Đỗ Thị Hạnh (việc gia đình), Huỳnh Văn Khánh (con ốm) | 2/0")
        XCTAssertEqual(absent(["Có mặt: 17/18 đồng chí; vắng 01 đồng chí:", "STT: 1; Họ tên: đồng chí Lê Văn Cường; Lý do vắng: không lý do"]),
                       "Lê Văn Cường | 0/1")
        // A table of something else below is none of them.
        XCTAssertEqual(absent(["Có mặt: 16/18 đồng chí; vắng 02 đồng chí có lý do.", "TT: 1; Nội dung: Thu đảng phí; Thời hạn: 30/10"]), " | 2/0")
    }

    /// "Vào hồi: 19 giờ 30 phút, ngày 08 tháng 10 năm 2026": the hour after "hồi" and a colon is the
    /// meeting's start (it was left to fill in); a deadline with its colon still is none.
    func testTheStartAfterHoiAndAColon() {
        func opening(_ line: String) -> String {
            let facts = MinutesFacts(lines: ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", line, "Có mặt: 26/28 đồng chí."],
                                     resolutionItems: [])
            return "\(facts.date?.description ?? "-") \(facts.start?.description ?? "-")"
        }
        assertReadings([
            "Vào hồi: 19 giờ 30 phút, ngày 08 tháng 10 năm 2026, tại Nhà văn hóa ấp 1.": "2026-10-08 19:30",
            "Hôm nay, vào lúc: 14h00 ngày 08/10/2026, Chi bộ tổ chức sinh hoạt.": "2026-10-08 14:00",
            "Nộp báo cáo trước lúc: 17 giờ ngày 08/10/2026.": "- -",
        ], by: opening)
    }

    /// "vắng 01 ĐV (đi công tác)": members counted as "ĐV" are counted as "đảng viên" are (the
    /// reason was lost, and the absent written unexcused).
    func testMembersCountedAsDV() {
        XCTAssertEqual(counts("Hiện diện: 19/20 ĐV; vắng 01 ĐV (đi công tác)."), "19/20 1/0")
        XCTAssertEqual(counts("Có mặt: 18/20; vắng 02 ĐV không lý do."), "18/20 0/2")
    }

    /// "Dự: 18/20 đ/c" opening the line, "Số đảng viên có mặt/tổng số: 18/20": the present and
    /// expected under a short label (they read none); "Mời dự: 02" is no count of the present.
    func testThePresentUnderAShortLabel() {
        assertReadings([
            "Dự: 18/20 đ/c; vắng: 02 đ/c (có lý do).": "18/20 2/0",
            "- Dự: 18/20 đồng chí.": "18/20 -/-",
            "Số đảng viên có mặt/tổng số: 18/20; vắng: 02 (có lý do).": "18/20 2/0",
            "Khách mời dự: 02 đồng chí.": "-/- -/-",
            "Đại biểu cấp trên dự: 01 đồng chí.": "-/- -/-",
        ], by: counts)
    }

    /// "(vắng: đ/c Lan - ốm, đ/c Hùng - đi làm ăn xa)": the absent named with no count are
    /// counted by their names, excused when each has a reason (they were lost).
    func testTheAbsentNamedWithoutACount() {
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 14/16 đ/c (vắng: đ/c Lan - ốm, đ/c Hùng - đi làm ăn xa)."),
                       "Lan (ốm), Hùng (đi làm ăn xa) | 2/0")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng: đồng chí Nguyễn Văn An (ốm)."), "Nguyễn Văn An (ốm) | 1/0")
        // A name with no reason leaves the reasons unsaid, as "vắng: 01" does: written unexcused, to check.
        let unsaid = AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vắng: đồng chí Nguyễn Văn An.")
        XCTAssertEqual(AttendanceLineReading.absent(of: unsaid), "Nguyễn Văn An | -/1")
        XCTAssertEqual(unsaid.reasonsUnsaid, true)
    }

    /// "vắng: 01 đồng chí (đồng chí Lan đi viện)": the reason right after the titled name, with no
    /// mark between, is the name's (the name was lost and the absent written unexcused).
    func testAReasonRightAfterTheName() {
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng: 01 đồng chí (đồng chí Lan đi viện)."), "Lan (đi viện) | 1/0")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 26/28 đồng chí; vắng 02 đồng chí: đồng chí Nguyễn Văn An đi công tác, đồng chí Trần Thị Bình ốm."),
                       "Nguyễn Văn An (đi công tác), Trần Thị Bình (ốm) | 2/0")
        // Words naming no reason are not one.
        let other = AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng: 01 đồng chí (đồng chí Lan đề nghị chi bộ nhắc nhở).")
        XCTAssertFalse(other.contains("đề nghị"), other)
        XCTAssertTrue(other.hasSuffix(" | -/1"), other)
    }

    /// "vắng có lý do: 01 đ/c (Lan), vắng không lý do: 01 đ/c (Hùng)": a bare given name in brackets
    /// after a count of one is the absent's name, not a reason (Lan was taken for a reason and Hùng lost).
    func testABareNameInBracketsAfterACountOfOne() {
        assertReadings([
            "Có mặt: 21/23 đ/c; vắng có lý do: 01 đ/c (Lan), vắng không lý do: 01 đ/c (Hùng).": "Lan, Hùng | 1/1",
            // Reasons stay reasons, capitalised or not.
            "Có mặt: 21/22 đ/c; vắng có lý do: 01 đ/c (Ốm).": " | 1/-",
            "Có mặt: 21/22 đ/c; vắng có lý do: 01 đ/c (ốm).": " | 1/-",
            "Có mặt: 21/22 đ/c; vắng có lý do: 01 đ/c (đi học).": " | 1/-",
        ])
    }

    /// "Số lượng đảng viên dự: 27/29 đồng chí, vắng 02 đồng chí không lý do": members "dự" with a
    /// colon are the present (the attendance was left to fill in); "đảng viên dự bị: 02" counts no one present.
    func testMembersDuWithAColon() {
        let facts = AttendanceLineReading.facts("Số lượng đảng viên dự: 27/29 đồng chí, vắng 02 đồng chí không lý do.")
        XCTAssertEqual(AttendanceLineReading.presentOfExpected(facts), "27/29")
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), " | 0/2")
        XCTAssertEqual(AttendanceLineReading.presentOfExpected(AttendanceLineReading.facts("Số đảng viên dự: 18 đồng chí.")), "18/-")
        XCTAssertEqual(AttendanceLineReading.facts("Tổng số đảng viên: 20 đồng chí; đảng viên dự bị: 02 đồng chí.").present, nil)
    }

    /// "Đảng viên vắng mặt: 01 đồng chí (Hùng - đi làm ăn xa)": a bare given name with its reason in
    /// the bracket after a count of one is the absent's, excused (the reason was lost and the absent
    /// written unexcused); "(Ốm - đã báo cáo)" names no one.
    func testABareNameWithItsReasonAfterACountOfOne() {
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 16/17 đồng chí; đảng viên vắng mặt: 01 đồng chí (Hùng - đi làm ăn xa)."),
                       "Hùng (đi làm ăn xa) | 1/0")
        XCTAssertFalse(AttendanceLineReading.absent("Có mặt: 16/17 đồng chí; vắng: 01 đồng chí (Ốm - đã báo cáo).").hasPrefix("Ốm"))
    }

    /// "không rõ lý do" is no reason, as "không lý do" is: "(vắng 02 đồng chí: 01 đ/c ốm, 01 đ/c không
    /// rõ lý do)" is 1 excused and 1 unexcused (both were written unexcused), "đồng chí A (không rõ lý do)" unexcused.
    func testNoClearReasonIsNone() {
        let facts = AttendanceLineReading.facts("Có mặt: 16/18 đồng chí (vắng 02 đồng chí: 01 đ/c ốm, 01 đ/c không rõ lý do).")
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), " | 1/1")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 17/18 đồng chí; vắng 01 đồng chí không rõ lý do."), " | 0/1")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 16/18 đồng chí; vắng: đồng chí Nguyễn Văn An (ốm), đồng chí Trần Thị Bình (không rõ lý do)."),
                       "Nguyễn Văn An (ốm), Trần Thị Bình | 1/1")
    }

    /// "vắng 02 đồng chí (Lan, Hùng)", "vắng có lý do: 02 đ/c (Lan - ốm, Hùng - đi học)": bare given
    /// names in the bracket after a count above one are the absent's, with their reasons (they were
    /// lost, or written as a reason with no name); reasons, capitalised or not, name no one.
    func testBareNamesInBracketsAfterACount() {
        // Without their reasons they are unexcused, as the minutes leave it unsaid (and the import warns).
        assertReadings([
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí (Lan, Hùng).": "Lan, Hùng | -/2",
            "Có mặt: 18/20 đ/c; vắng có lý do: 02 đ/c (Lan - ốm, Hùng - đi học).": "Lan (ốm), Hùng (đi học) | 2/-",
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí (Lan - ốm; Hùng - không lý do).": "Lan (ốm), Hùng | 1/1",
        ])
        // The names are counted against the number, as titled names are: two named of three absent.
        let facts = AttendanceLineReading.facts("Có mặt: 17/20 đồng chí; vắng 03 đồng chí (Lan và Hùng).")
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Lan, Hùng | -/3")
        XCTAssertEqual(facts.absentCount, 3)
        XCTAssertEqual(AttendanceLineReading.frontMatter("Có mặt: 17/20 đồng chí; vắng 03 đồng chí (Lan và Hùng)."),
                       AttendanceLineReading.frontMatter("Có mặt: 17/20 đồng chí; vắng 03 đồng chí (đ/c Lan và đ/c Hùng)."))
        XCTAssertTrue(AttendanceLineReading.absent("Có mặt: 18/20 đồng chí; vắng 02 đồng chí (Ốm, Công Tác).").hasPrefix(" |"))
    }

    /// "vắng hai", "có mặt hai mươi tám/ba mươi": a count in words without its unit, after "vắng",
    /// "có mặt" or "tổng số" or after a figure's "/", is read as its figure, as one with its unit is
    /// (the absent, or the whole attendance, were unread).
    func testCountsInWordsWithoutTheirUnit() {
        assertReadings([
            "Có mặt: 18/20 đồng chí; vắng hai (có lý do).": "18/20 2/0",
            "Có mặt hai mươi tám/ba mươi; vắng hai (có lý do).": "28/30 2/0",
            "Tổng số đảng viên: ba mươi; có mặt: hai mươi tám; vắng hai có lý do.": "28/30 2/0",
        ], by: counts)
        // Words that count something else stay words.
        for text in ["vắng hai kỳ liên tiếp", "Có mặt: đồng chí Hoàng Văn Năm, Trần Văn Ba.", "ngày 15 tháng ba năm 2026"] {
            XCTAssertEqual(CountInWords.figures(in: text), text)
        }
    }

    /// "vắng 01 đồng chí (Đi viện)", "(Con ốm, Việc riêng)", "(Công Tác)": a reason written with a
    /// capital is a reason when its words name one and its first word opens one (the reason was
    /// lost and the absent written unexcused, or "Công Tác" written as an absent's name); a name
    /// holding a reason's word ("Nguyễn Văn Hiếu") stays a name.
    func testCapitalisedReasons() {
        let facts = AttendanceLineReading.facts("Có mặt: 19/20 đồng chí; vắng 01 đồng chí (Đi viện).")
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), " | 1/0")
        XCTAssertEqual(facts.reasonsWithoutNames, ["Đi viện"])
        assertReadings([
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí (Con ốm, Việc riêng).": " | 2/0",
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí (01 Con ốm, 01 Việc riêng).": " | 2/0",
            "Có mặt: 19/20 đồng chí; vắng 01 đồng chí do Đi viện.": " | 1/0",
            "Có mặt: 19/20 đồng chí; vắng 01 đồng chí (Công Tác).": " | 1/0",
            "Có mặt: 19/20 đồng chí; vắng có lý do: 01 đ/c (Việc Riêng).": " | 1/-",
            // Names stay names.
            "Có mặt: 19/20 đồng chí; vắng 01 đồng chí: Nguyễn Văn Hiếu (ốm).": "Nguyễn Văn Hiếu (ốm) | 1/0",
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí (Lan, Hùng).": "Lan, Hùng | -/2",
        ])
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 19/20 đồng chí; vắng 01 đồng chí (Hiếu).").reasonsWithoutNames, [])
    }

    /// "Thời gian: lúc 19 giờ 30 phút, ngày mười lăm tháng chín năm hai nghìn không trăm hai mươi
    /// tư": a date in words is read as its figures (no date was found, and the minutes were not imported).
    func testTheDateInWords() {
        let facts = MinutesFacts(lines: ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9/2024",
                                         "Thời gian: lúc 19 giờ 30 phút, ngày mười lăm tháng chín năm hai nghìn không trăm hai mươi tư."],
                                 resolutionItems: [])
        XCTAssertEqual(facts.date, CalendarDate(year: 2024, month: 9, day: 15))
        XCTAssertEqual(facts.start?.description, "19:30")
        XCTAssertEqual(DateInWords.figures(in: "Hòa Thuận, ngày mồng năm tháng giêng năm hai nghìn không trăm linh năm"),
                       "Hòa Thuận, ngày 5 tháng 1 năm 2005")
        XCTAssertEqual(DateInWords.figures(in: "Vào lúc 19h30', ngày hai mươi mốt tháng mười hai năm hai nghìn hai mươi lăm, tại"),
                       "Vào lúc 19h30', ngày 21 tháng 12 năm 2025, tại")
        XCTAssertEqual(DateInWords.figures(in: "ngày mười lăm tháng tư năm 2026"), "ngày 15 tháng 4 năm 2026")
        // Words that make no date stay as they are.
        for text in ["ngày ba mươi hai tháng năm", "trong hai ngày, tháng tới", "ngày 15 tháng 9 năm 2024"] {
            XCTAssertEqual(DateInWords.figures(in: text), text)
        }
    }

    /// "vắng 02 đồng chí, có lý do", "vắng 02 đồng chí (Lan, Hùng) có lý do", "vắng 02 đồng chí: Lan,
    /// Hùng có lý do": a reason after a comma, or after the names of the absent, is theirs (they were
    /// written unexcused, or the names lost).
    func testAReasonAfterACommaOrTheNames() {
        assertReadings([
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí, có lý do.": " | 2/0",
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí, đều có lý do.": " | 2/0",
            "Có mặt: 18/20 đồng chí; vắng: 02, không lý do.": " | 0/2",
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí (Lan, Hùng) có lý do.": "Lan, Hùng | 2/0",
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí (đ/c Lan, đ/c Hùng) có lý do.": "Lan, Hùng | 2/0",
            // Without the bracket too, the names and the reason they share.
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí: Lan, Hùng có lý do.": "Lan, Hùng | 2/0",
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí: Lan, Hùng không lý do.": "Lan, Hùng | 0/2",
            // A name with its own reason keeps it: the words after it are its own.
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí: Lan (ốm), Hùng không lý do.": "Lan (ốm), Hùng | 1/1",
            // Each reason's own count stays its own.
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí, có lý do 01, không lý do 01.": " | 1/1",
        ])
    }

    /// "vắng 02 đồng chí: Lan - ốm, Hùng - đi học", "vắng hai đồng chí: Lan (ốm), Hùng (đi học)":
    /// bare given names after the count's colon are the absent's, with their reasons (they were lost
    /// and the absent written unexcused); a reason in brackets after a bare name in a bracket too.
    func testBareNamesAfterTheCountsColon() {
        assertReadings([
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí: Lan - ốm, Hùng - đi học.": "Lan (ốm), Hùng (đi học) | 2/0",
            "Có mặt: 18/20 đồng chí; vắng hai đồng chí: Lan (ốm), Hùng (đi học).": "Lan (ốm), Hùng (đi học) | 2/0",
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí: Lan - ốm; Hùng - đi học.": "Lan (ốm), Hùng (đi học) | 2/0",
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí (Lan (ốm), Hùng (không lý do)).": "Lan (ốm), Hùng | 1/1",
            // Full names are read as before, and reasons after the colon name no one.
            "Có mặt: 18/20 đồng chí; vắng 02 đồng chí: Nguyễn Văn An (ốm), Trần Thị Bình (đi học).":
                "Nguyễn Văn An (ốm), Trần Thị Bình (đi học) | 2/0",
        ])
        XCTAssertTrue(AttendanceLineReading.absent("Có mặt: 18/20 đồng chí; vắng 02 đồng chí: Ốm, Đi học.").hasPrefix(" |"))
    }

    /// "vắng: 01 đồng chí – đi viện": a reason after a dash, with no label, is the absent's when its
    /// words name one (the reason was lost and the absent written unexcused).
    func testAReasonAfterADash() {
        let facts = AttendanceLineReading.facts("Có mặt: 19/20 đồng chí; vắng: 01 đồng chí – đi viện.")
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), " | 1/0")
        XCTAssertEqual(facts.reasonsWithoutNames, ["đi viện"])
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 19/20 đồng chí; vắng 01 đồng chí - Đi viện."), " | 1/0")
        // Other words after a dash give no reason.
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 19/20 đồng chí; vắng: 01 đồng chí – lần thứ hai liên tiếp.").reasonsWithoutNames, [])
    }

    /// A date in words is read in figures, but what the import shows quotes the clerk's words:
    /// the topic, the reason of an absent, the comment on the attendance line, and the dates a
    /// message names showed "ngày 19 tháng 5", figures the document never wrote.
    func testTheDateInWordsIsQuotedAsWritten() {
        let opening = ["BIÊN BẢN SINH HOẠT CHI BỘ CHUYÊN ĐỀ THÁNG 5/2026", "Thời gian: 19 giờ 30, ngày 19/5/2026"]
        let topic = "Kỷ niệm ngày mười chín tháng năm, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
        let facts = MinutesFacts(lines: opening + ["Chuyên đề: " + topic,
                                                   "Có mặt: 19/20 đồng chí; vắng 01 đồng chí (có lý do: đi viện từ ngày mười tháng năm)."],
                                 resolutionItems: [])
        XCTAssertEqual(facts.topic, topic)
        XCTAssertEqual(facts.reasonsWithoutNames, ["đi viện từ ngày mười tháng năm"])
        let front = MinutesFrontMatterWriter(facts: facts, branch: "ap-1", kind: .chuyenDe, date: CalendarDate(year: 2026, month: 5, day: 19)!).text
        XCTAssertTrue(front.contains("lý do vắng (không ghi tên): đi viện từ ngày mười tháng năm"), front)
        // No date in the opening: the error names the one in the body as it is written.
        let body = "Thực hiện nghị quyết, ngày mười lăm tháng tư năm hai nghìn không trăm hai mươi sáu chi bộ đã ra quân."
        let undated = MinutesFacts(lines: ["BIÊN BẢN SINH HOẠT CHI BỘ", "Thời gian: 19 giờ 30", "Địa điểm: Nhà văn hóa ấp 1.",
                                           "Có mặt: 20/20 đồng chí.", body], resolutionItems: [])
        XCTAssertNil(undated.date)
        XCTAssertEqual(MeetingDateMessages.notFound(undated.dateReading.problem).vietnamese,
                       "; ngày mười lăm tháng tư năm hai nghìn không trăm hai mươi sáu ở dòng 'Thực hiện nghị quyết, ngày mười lăm "
                           + "tháng tư năm hai nghìn không trăm…' nằm trong thân biên bản, không chắc là ngày họp")
        // The words of a part of the figures: a date it touches whole, the rest as it is.
        let line = "Hôm nay, ngày mồng năm tháng giêng năm hai nghìn không trăm hai mươi sáu, tại nhà văn hóa"
        let written = DateInWords.figures(in: line)
        XCTAssertEqual(written, "Hôm nay, ngày 5 tháng 1 năm 2026, tại nhà văn hóa")
        func words(_ part: String) -> String? {
            written.range(of: part).map { DateInWords.words(of: $0, in: written, from: line) }
        }
        XCTAssertEqual(words("5 tháng 1 năm 2026"), "ngày mồng năm tháng giêng năm hai nghìn không trăm hai mươi sáu")
        XCTAssertEqual(words(", tại nhà"), ", tại nhà")
        XCTAssertEqual(words("Hôm nay, ngày 5"), "Hôm nay, ngày mồng năm tháng giêng năm hai nghìn không trăm hai mươi sáu")
        XCTAssertEqual(words("2026, tại"), "ngày mồng năm tháng giêng năm hai nghìn không trăm hai mươi sáu, tại")
    }
}
