@testable import BonTotKit
import XCTest

/// The forms a clerk lists the absent in that `import minutes` read wrong (SPEC §1 `attendance:`,
/// `absent:`): one reason after bare names, a reason after a name and its comma, names after a
/// dash, names in brackets after a count with no unit.
final class AbsentListFormsTests: XCTestCase {
    private func absent(_ clause: String, present: String = "26/28") -> String {
        AttendanceLineReading.absent("Có mặt: \(present) đồng chí; " + clause)
    }

    /// One reason after a list of names: "vắng 02 đồng chí Lan, Hoa đều có lý do đi công tác",
    /// "Lan, Hoa đều đi công tác", "Lan, Hoa (đều đi công tác)". What a clerk means:
    /// - with "đều" ("both", "all"), the reason is every name's: each is excused with it;
    /// - without it, one bracket or dash after the last of names that have none ("Lan, Hoa, Minh
    ///   (đi công tác)") may be the last one's only or all of theirs; the minutes do not say which,
    ///   so no name is given it: the reason is kept as one without a name (the attendance line's
    ///   comment quotes it) and the absent are written as the minutes leave them, their reasons
    ///   unsaid, with the import's warning to check. It went to the last name alone.
    /// A name with its own reason keeps it ("Lan (ốm), Hoa, Minh (đi công tác)"). Names joined by "và"
    /// share the reason after them ("Lan và Hoa (đi công tác)"), and so do names parted by commas in
    /// a group of a list parted by semicolons ("Lan, Hoa - đi công tác; Minh - ốm"): tests below.
    func testOneReasonAfterAListOfNames() {
        let shared = "Lan (đi công tác), Hoa (đi công tác) | 2/0"
        assertReadings([
            "vắng 02 đồng chí Lan, Hoa đều có lý do đi công tác.": shared,
            "vắng 02 đồng chí: Lan, Hoa đều đi công tác.": shared,
            "vắng 02 đồng chí: Lan, Hoa (đều đi công tác).": shared,
            "vắng 02 đồng chí: Lan, Hoa – đều đi công tác.": shared,
            "vắng 02 đồng chí: Lan, Hoa – cả hai đều đi công tác.": shared,
            // What "đều" says of them that is no reason is none: who they are (they were written excused with it).
            "vắng 02 đồng chí: Lan, Hoa (đều là chi ủy viên).": "Lan, Hoa | -/2",
            "vắng 02 đồng chí: Lan, Hoa – đều là chi ủy viên.": "Lan, Hoa | -/2",
            "vắng 02 đồng chí: Lan, Hoa (đều vắng lần thứ hai).": "Lan, Hoa | -/2",
            // "cả 02", "cả 2": the figure counts them as "cả hai" does (the names were lost, a figure making the reason none).
            "vắng 02 đồng chí: Lan, Hoa – cả 02 đều đi công tác.": shared,
            "vắng 02 đồng chí: Lan, Hoa (cả 2 đều đi công tác).": shared,
            "vắng 02 đồng chí: Lan, Hoa (cả hai đều đi công tác).": shared,
            "vắng 02 đồng chí: đồng chí Nguyễn Thị Lan, đồng chí Trần Thị Hoa (đều đi công tác).":
                "Nguyễn Thị Lan (đi công tác), Trần Thị Hoa (đi công tác) | 2/0",
        ], by: { absent($0) })
        for clause in ["vắng 03 đồng chí: Lan, Hoa, Minh (đi công tác).", "vắng 03 đồng chí: Lan, Hoa, Minh - đi công tác."] {
            let facts = AttendanceLineReading.facts("Có mặt: 25/28 đồng chí; " + clause)
            XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Lan, Hoa, Minh | -/3", clause)
            XCTAssertEqual(facts.reasonsWithoutNames, ["đi công tác"], clause)
            XCTAssertTrue(facts.reasonsUnsaid, clause)
            let front = AttendanceLineReading.frontMatter("Có mặt: 25/28 đồng chí; " + clause)
            XCTAssertTrue(front.contains("   # lý do vắng (không ghi tên): đi công tác\n"), front)
        }
        XCTAssertEqual(absent("vắng 03 đồng chí: Lan (ốm), Hoa, Minh (đi công tác).", present: "25/28"),
                       "Lan (ốm), Minh (đi công tác), Hoa | 2/1")
        assertReadings([
            "vắng 02 đồng chí: Lan, Hùng có lý do.": "Lan, Hùng | 2/0",
            // After a dash or a colon too, as in brackets: the reason label is all of theirs (they were written
            // unexcused, with 'có lý do' as a reason without a name).
            "vắng 02 đồng chí: Lan, Hùng – có lý do.": "Lan, Hùng | 2/0",
            "vắng 02 đồng chí - Lan, Hùng - có lý do.": "Lan, Hùng | 2/0",
            "vắng 02 đồng chí: Lan, Hùng: có lý do.": "Lan, Hùng | 2/0",
            "vắng 02 đồng chí: Lan, Hùng – không lý do.": "Lan, Hùng | 0/2",
            "vắng 02 đồng chí: Lan - ốm, Hùng - có lý do.": "Lan (ốm), Hùng (có lý do) | 2/0",
        ], by: { absent($0) })
    }

    /// "vắng 01 đồng chí: Lan, đi công tác": words naming a reason after a name and its comma are
    /// that name's reason (the name was lost, or "đi công tác" dropped, and the absent written unexcused).
    func testAReasonAfterANameAndItsComma() {
        XCTAssertEqual(absent("vắng 01 đồng chí: Lan, đi công tác.", present: "27/28"), "Lan (đi công tác) | 1/0")
        XCTAssertEqual(absent("vắng 01 đồng chí: Nguyễn Thị Lan, đi công tác.", present: "27/28"), "Nguyễn Thị Lan (đi công tác) | 1/0")
        XCTAssertEqual(absent("vắng 01 đồng chí: đồng chí Lan, đi công tác.", present: "27/28"), "Lan (đi công tác) | 1/0")
        XCTAssertEqual(absent("vắng 02 đồng chí: Lan, đi công tác; Hoa, ốm."), "Lan (đi công tác), Hoa (ốm) | 2/0")
        // Words naming no reason are no one's.
        XCTAssertEqual(absent("vắng 01 đồng chí: Lan, lần thứ hai liên tiếp.", present: "27/28"), "Lan | -/1")
    }

    /// "Nguyễn Văn Hùng, đi công tác Cao Lãnh": a place after the reason keeps its capitals, and the
    /// reason stays the name's (it was lost, and in a list the next name's with it).
    func testAReasonNamingAPlaceAfterANameAndItsComma() {
        XCTAssertEqual(absent("vắng 01 đồng chí: Lan, đi công tác Hà Nội.", present: "27/28"), "Lan (đi công tác Hà Nội) | 1/0")
        XCTAssertEqual(absent("Vắng: Nguyễn Văn Hùng, đi công tác Cao Lãnh.", present: "27/28"), "Nguyễn Văn Hùng (đi công tác Cao Lãnh) | 1/0")
        XCTAssertEqual(absent("vắng: 03 đồng chí, trong đó có lý do 02 (đồng chí Nguyễn Văn Hùng, đi công tác Cao Lãnh; đồng chí Trần "
                              + "Thị Lan - ốm), không lý do 01 (đồng chí Trần Văn Nam).", present: "29/32"),
                       "Nguyễn Văn Hùng (đi công tác Cao Lãnh), Trần Thị Lan (ốm), Trần Văn Nam | 2/1")
        // Where the absent went is a reason too, after a comma or none ("Hùng đi Cao Lãnh": Hùng was lost).
        XCTAssertEqual(absent("vắng 01 đồng chí: Hùng đi Cao Lãnh.", present: "27/28"), "Hùng (đi Cao Lãnh) | 1/0")
        XCTAssertEqual(absent("vắng 01 đồng chí: Hùng, đi Cao Lãnh.", present: "27/28"), "Hùng (đi Cao Lãnh) | 1/0")
        XCTAssertEqual(absent("Vắng: Nguyễn Văn Hùng, đi Cao Lãnh.", present: "27/28"), "Nguyễn Văn Hùng (đi Cao Lãnh) | 1/0")
        XCTAssertEqual(absent("vắng 02 đồng chí: Lan ốm, Hùng đi công tác Cao Lãnh."), "Lan (ốm), Hùng (đi công tác Cao Lãnh) | 2/0")
        // With a capital, a reason no name may be ("Lan, Hiếu" are two names).
        XCTAssertEqual(absent("vắng 01 đồng chí: Lan, Đi Hà Nội.", present: "27/28"), "Lan (Đi Hà Nội) | 1/0")
        XCTAssertEqual(absent("vắng 02 đồng chí: Lan, Hiếu."), "Lan, Hiếu | -/2")
    }

    /// "vắng 02 đồng chí - Lan, Hoa": names after a dash, bare or full, are the absent's (they were
    /// lost), with their reasons; a reason after the dash stays a reason.
    func testNamesAfterADash() {
        assertReadings([
            "vắng 02 đồng chí - Lan, Hoa.": "Lan, Hoa | -/2",
            "vắng 02 đồng chí – Nguyễn Thị Lan, Trần Thị Hoa.": "Nguyễn Thị Lan, Trần Thị Hoa | -/2",
            "vắng 02 đồng chí - Lan (ốm), Hoa (đi học).": "Lan (ốm), Hoa (đi học) | 2/0",
            "vắng 02 đ/c – Lan - ốm, Hoa - đi học.": "Lan (ốm), Hoa (đi học) | 2/0",
        ], by: { absent($0) })
        XCTAssertEqual(absent("vắng 01 đồng chí - Đi viện.", present: "27/28"), " | 1/0")
    }

    /// "vắng 02 (Ba, Tư)", "vắng hai (Lan, Hoa)": bare names in brackets after a count with no unit
    /// are the absent's, as after "vắng 02 đồng chí" (they were lost).
    func testBareNamesInBracketsAfterACountAlone() {
        assertReadings([
            "vắng 02 (Ba, Tư).": "Ba, Tư | -/2",
            "vắng hai (Lan, Hoa).": "Lan, Hoa | -/2",
            "vắng 02 (Lan - ốm, Hoa - đi học).": "Lan (ốm), Hoa (đi học) | 2/0",
        ], by: { absent($0) })
        XCTAssertEqual(absent("vắng 01 (Ốm).", present: "27/28"), " | 1/0")
    }
}

/// The warning on absent counted without a reason quotes the clerk's words.
final class AbsentWordsQuotedTests: XCTestCase {
    /// "vắng hai đồng chí" is read as 2, but the warning said "ghi vắng 2", a figure the minutes
    /// never wrote: it quotes the words ("ghi 'vắng hai đồng chí'"), a long clause cut at a word's end.
    func testTheWarningQuotesTheClerksWords() {
        let facts = AttendanceLineReading.facts("Có mặt: hai mươi sáu/hai mươi tám đồng chí; vắng hai đồng chí.")
        XCTAssertEqual(facts.unexcused, 2)
        XCTAssertEqual(AttendanceMessages.reasonsUnsaid(facts, source: "thang-10.docx"),
                       "biên bản 'thang-10.docx' ghi 'vắng hai đồng chí' nhưng không nói có lý do hay không; đã ghi là vắng không lý do "
                           + "(unexcused: 2), khiến buổi họp không đạt chất lượng; hãy đối chiếu rồi sửa 'excused'/'unexcused' "
                           + "/ 'thang-10.docx' counts 2 absent ('vắng hai đồng chí') without saying whether excused: written as "
                           + "unexcused, check it")
        // The count before "vắng" is quoted with it, and another fact's label ends the words.
        let before = AttendanceLineReading.facts("Có mặt 26/28 đồng chí, hai đồng chí vắng mặt. Chủ trì: đồng chí Nguyễn Văn Hùng.")
        XCTAssertEqual(before.absentWords, "hai đồng chí vắng mặt")
        let long = AttendanceLineReading.facts("Có mặt: 25/28 đồng chí; vắng ba đồng chí là các đồng chí Nguyễn Văn Hùng, "
                                               + "Trần Thị Lan và Lê Văn Minh thuộc tổ dân phố số 3.")
        let message = AttendanceMessages.reasonsUnsaid(long, source: "b.docx") ?? ""
        XCTAssertTrue(message.contains("ghi 'vắng ba đồng chí là các đồng chí Nguyễn Văn Hùng, Trần Thị Lan và Lê…' "), message)
        // No reason unsaid, no warning.
        XCTAssertNil(AttendanceMessages.reasonsUnsaid(AttendanceLineReading.facts("Có mặt: 26/28 đồng chí; vắng hai đồng chí có lý do."),
                                                      source: "c.docx"))
    }
}

extension AbsentWordsQuotedTests {
    /// A reason holding a count in words, "đi cùng hai đồng chí khác lên huyện", was written with
    /// the figure it is read as ("đi cùng 2 đồng chí khác"): it keeps the clerk's words.
    func testAReasonKeepsItsCountInWords() {
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 19/21 đồng chí; vắng 02 đồng chí: đ/c Minh (đi cùng hai đồng chí khác lên "
                                                    + "huyện), đ/c Hà (ốm)."),
                       "Minh (đi cùng hai đồng chí khác lên huyện), Hà (ốm) | 2/0")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: hai mươi/hai mươi mốt đồng chí; vắng một đồng chí: đ/c Minh (đưa ba đồng chí "
                                                    + "thương binh đi khám)."),
                       "Minh (đưa ba đồng chí thương binh đi khám) | 1/0")
        // A figure the clerk wrote stays one.
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 19/21 đồng chí; vắng 02 đồng chí: đ/c Minh (đi cùng 2 đồng chí khác), đ/c Hà (ốm)."),
                       "Minh (đi cùng 2 đồng chí khác), Hà (ốm) | 2/0")
    }
}

/// Attendance sentences as clerks write them, "đ/c", "Đ/c", "đồng chí", "02", "2", "hai", each read
/// as the clerk means it (SPEC §1 `attendance:`, `absent:`).
final class ClerksAttendanceSentencesTests: XCTestCase {
    /// Ten sentences of minutes: the absent named with their reasons, and how many had one.
    func testTenSentencesAsClerksWriteThem() {
        let readings = [
            ("Tổng số đảng viên: 32, có mặt: 29 đ/c, vắng: 03 đ/c (Đ/c Hùng - ốm; Đ/c Tâm - đi công tác; Đ/c Nga - không lý do).",
             "Hùng (ốm), Tâm (đi công tác), Nga | 2/1"),
            ("Đảng viên có mặt 18/20 đồng chí; vắng 2 đ/c: đ/c Bình (đi làm ăn xa), đ/c Sơn (con ốm).",
             "Bình (đi làm ăn xa), Sơn (con ốm) | 2/0"),
            ("Có mặt 15/17 đảng viên. Vắng hai đồng chí: Đ/c Nguyễn Văn Tư - đi viện, Đ/c Lê Thị Hằng - có việc gia đình.",
             "Nguyễn Văn Tư (đi viện), Lê Thị Hằng (có việc gia đình) | 2/0"),
            ("Tổng số đảng viên chi bộ 24 đồng chí, có mặt 22 đồng chí, vắng 02 đồng chí (đ/c Phúc đi làm ca, đ/c Thanh đi học).",
             "Phúc (đi làm ca), Thanh (đi học) | 2/0"),
            ("Có mặt: 11/12 đ/c; Vắng: 01 đ/c (Đ/c Hoa - nghỉ sinh con).", "Hoa (nghỉ sinh con) | 1/0"),
            ("Dự họp: 27/30 đồng chí, vắng 3 đồng chí, trong đó có lý do 2 đồng chí (Đ/c Lực, Đ/c Hương), không lý do 1 đồng chí (Đ/c Toàn).",
             "Lực, Hương, Toàn | 2/1"),
            ("Có mặt: 20/22 đồng chí. Vắng: 02 đồng chí – Đ/c Thắm (ốm), Đ/c Long (đi công tác Hà Nội).",
             "Thắm (ốm), Long (đi công tác Hà Nội) | 2/0"),
            ("Có mặt 9/10 đ/c, vắng 1 đ/c: Đ/c Quyết, lý do: đi trực.", "Quyết (đi trực) | 1/0"),
            ("Có mặt: 30/33 đồng chí; vắng 03 đồng chí: Hải, Yến, Thủy (đều đi làm ăn xa).",
             "Hải (đi làm ăn xa), Yến (đi làm ăn xa), Thủy (đi làm ăn xa) | 3/0"),
            ("Có mặt 14/16 đồng chí; vắng hai đồng chí Đạt và Kiên, cả hai đều có lý do.", "Đạt, Kiên | 2/0"),
        ]
        for (line, read) in readings {
            XCTAssertEqual(AttendanceLineReading.absent(line), read, line)
        }
    }

    /// "vắng hai đồng chí Đạt và Kiên, cả hai đều có lý do", "vắng 03 đồng chí, cả ba đều có lý do":
    /// "cả hai", "cả ba" (both, all three) before the reason make it all of theirs (they were
    /// written unexcused, the reason unsaid).
    func testAllOfThemInWordsBeforeTheReason() {
        assertReadings([
            "Có mặt 14/16 đồng chí; vắng hai đồng chí Đạt và Kiên, cả hai đều có lý do.": "Đạt, Kiên | 2/0",
            "Có mặt 25/28 đồng chí; vắng 03 đồng chí, cả ba đều có lý do.": " | 3/0",
            "Có mặt 26/28 đồng chí; vắng 02 đồng chí: Lan, Hoa, cả hai đều không lý do.": "Lan, Hoa | 0/2",
        ])
    }
}

extension ClerksAttendanceSentencesTests {
    /// "vắng 02 đồng chí gồm Lan và Hoa, đều có lý do", "vắng 02 đ/c là Lan, Hoa (có lý do)": bare
    /// names after "gồm", "là" are the absent's, and the reason after them all of theirs (both were
    /// lost); "Lan và Hoa (đi công tác)": names joined by "và" before one reason share it, as titled
    /// names do ("đồng chí A và đồng chí B – đi công tác").
    func testBareNamesAfterGomOrLaAndJoinedByVa() {
        assertReadings([
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí gồm Lan và Hoa, đều có lý do.": "Lan, Hoa | 2/0",
            "Có mặt: 26/28 đồng chí, vắng 02 đ/c là Lan, Hoa (có lý do).": "Lan, Hoa | 2/0",
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Lan và Hoa (đi công tác).": "Lan (đi công tác), Hoa (đi công tác) | 2/0",
            "Có mặt: 25/28 đồng chí; vắng 03 đồng chí: Minh, Lan và Hoa – đi công tác.": "Lan (đi công tác), Hoa (đi công tác), Minh | 2/1",
        ])
    }
}

extension ClerksAttendanceSentencesTests {
    /// "Đ/c Hào - chưa rõ lý do", "(không báo)", "(không xin phép)": no reason, as "không rõ lý do"
    /// is (they were written excused, with those words as their reason).
    func testNoReasonInOtherWords() {
        XCTAssertEqual(AttendanceLineReading.absent("Tổng số đảng viên: 35 đồng chí; có mặt: 31 đồng chí; vắng: 04 đồng chí (Đ/c Chiến - "
                                                    + "đi làm xa; Đ/c Thảo - ốm; Đ/c Lệ - trông cháu; Đ/c Hào - chưa rõ lý do)."),
                       "Chiến (đi làm xa), Thảo (ốm), Lệ (trông cháu), Hào | 3/1")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt 23/25 đồng chí. Vắng 02 đồng chí: đồng chí Trịnh Văn Sáng (đi viện), đồng chí "
                                                    + "Mai Thị Xuân (không báo)."),
                       "Trịnh Văn Sáng (đi viện), Mai Thị Xuân | 1/1")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt 23/25 đồng chí; vắng 02 đ/c: Tuấn (đi làm xa), Ngọc (không xin phép)."),
                       "Tuấn (đi làm xa), Ngọc | 1/1")
        // "có báo" (told the branch) is a reason.
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt 13/15 đ/c; vắng 02 đ/c: Tuấn (đi làm xa), Ngọc (có báo)."),
                       "Tuấn (đi làm xa), Ngọc (có báo) | 2/0")
    }

    /// "vắng: 02 (đ/c Ánh, đ/c Hậu) - có lý do": a reason after a dash, after the names' bracket, is
    /// theirs (they were written unexcused, the reason unsaid).
    func testAReasonAfterTheNamesAndADash() {
        XCTAssertEqual(AttendanceLineReading.absent("Số đảng viên có mặt: 20/22; vắng: 02 (đ/c Ánh, đ/c Hậu) - có lý do."), "Ánh, Hậu | 2/0")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 20/22 đồng chí; vắng 02 đồng chí – có lý do."), " | 2/0")
    }
}

extension ClerksAttendanceSentencesTests {
    /// "vắng 2 đồng chí là đ/c Tâm và đ/c Hiền đều đi làm ăn xa", "đồng chí Lan và đồng chí Hoa đi
    /// công tác": a reason right after titled names joined by "và" is theirs (only the first was
    /// read, with no reason).
    func testAReasonAfterTitledNamesJoinedByVa() {
        assertReadings([
            "Có mặt 26/28 đồng chí; vắng 2 đồng chí là đ/c Tâm và đ/c Hiền đều đi làm ăn xa.":
                "Tâm (đi làm ăn xa), Hiền (đi làm ăn xa) | 2/0",
            "Có mặt 26/28 đồng chí; vắng 02 đồng chí: đồng chí Lan và đồng chí Hoa đi công tác.":
                "Lan (đi công tác), Hoa (đi công tác) | 2/0",
            "Có mặt 27/28 đồng chí; vắng 01 đồng chí: đồng chí Lan đi viện.": "Lan (đi viện) | 1/0",
        ])
    }
}

extension ClerksAttendanceSentencesTests {
    /// "vắng 1 đ/c (Lan) - ốm", "vắng 02 đồng chí (Lan, Hoa) – đi công tác": words naming a reason
    /// after the names' bracket and a dash are all of theirs, as "(Lan, Hùng) có lý do" is (the
    /// reason was lost and the absent written unexcused).
    func testAReasonAfterTheNamesBracketAndADash() {
        assertReadings([
            "Có mặt 28/29 đ/c; vắng 1 đ/c (Lan) - ốm.": "Lan (ốm) | 1/0",
            "Có mặt 26/28 đồng chí; vắng 02 đồng chí (Lan, Hoa) – đi công tác.": "Lan (đi công tác), Hoa (đi công tác) | 2/0",
            "Có mặt 26/28 đồng chí; vắng 02 đồng chí (Nguyễn Văn An, Trần Thị Bình) – đi công tác.":
                "Nguyễn Văn An (đi công tác), Trần Thị Bình (đi công tác) | 2/0",
            // Words naming no reason are no one's.
            "Có mặt 26/28 đồng chí; vắng 02 đồng chí (Lan, Hoa) – lần thứ hai liên tiếp.": "Lan, Hoa | -/2",
        ])
    }
}

extension ClerksAttendanceSentencesTests {
    /// "vắng 03 đ/c: Lan, Hoa - đi công tác; Minh - ốm", "(Lan, Hoa: đi công tác; Minh: ốm)": with the
    /// groups parted by semicolons, names parted by commas share their group's reason (Lan had none,
    /// and the three were written unexcused); "vắng 01 đ/c, đ/c Hòa đi làm ca": titled names after
    /// the count's comma are the absent's (they were lost).
    func testGroupsPartedBySemicolonsAndNamesAfterAComma() {
        let groups = "Lan (đi công tác), Hoa (đi công tác), Minh (ốm) | 3/0"
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt 25/28 đồng chí; vắng 03 đ/c: Lan, Hoa - đi công tác; Minh - ốm."), groups)
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt 25/28 đồng chí; vắng 03 đồng chí (Lan, Hoa: đi công tác; Minh: ốm)."), groups)
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đ/c, đ/c Hòa đi làm ca."), "Hòa (đi làm ca) | 1/0")
    }
}

extension ClerksAttendanceSentencesTests {
    /// "đồng chí Nguyễn Văn An, đồng chí Trần Thị Bình – đi công tác; đồng chí Lê Văn Cường – ốm": the
    /// second name of a group was lost; "vắng có lý do 02 đồng chí: Lan, Hoa (đi công tác)": the bare
    /// names were taken for a reason ("Lan, Hoa (đi công tác" without a name); the unexcused stay
    /// unsaid, as with no names ("vắng có lý do: 01 đ/c (ốm)").
    func testNamesOfAGroupAndBareNamesUnderAReason() {
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt 25/28 đồng chí; vắng 03 đồng chí: đồng chí Nguyễn Văn An, đồng chí Trần Thị Bình "
                                                    + "– đi công tác; đồng chí Lê Văn Cường – ốm."),
                       "Nguyễn Văn An (đi công tác), Trần Thị Bình (đi công tác), Lê Văn Cường (ốm) | 3/0")
        let facts = AttendanceLineReading.facts("Có mặt 26/28 đồng chí; vắng có lý do 02 đồng chí: Lan, Hoa (đi công tác).")
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Lan, Hoa | 2/-")
        XCTAssertEqual(facts.reasonsWithoutNames, ["đi công tác"])
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt 26/28 đồng chí; vắng có lý do 02 đồng chí: Lan - ốm, Hoa - đi học."),
                       "Lan (ốm), Hoa (đi học) | 2/-")
    }
}

extension ClerksAttendanceSentencesTests {
    /// "vắng 01 đồng chí (Lan đi viện)", "vắng 02 đồng chí (Lan, Hoa đi công tác)": words naming a
    /// reason right after a bare name are its reason, as after a titled one ("đồng chí Lan đi viện");
    /// after the last of names with none, whose it is stays unsaid (`SharedReason`). The names were lost.
    func testAReasonRightAfterABareName() {
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Lan đi viện)."), "Lan (đi viện) | 1/0")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Lan đi học, Hoa ốm."), "Lan (đi học), Hoa (ốm) | 2/0")
        let facts = AttendanceLineReading.facts("Có mặt: 26/28 đồng chí; vắng 02 đồng chí (Lan, Hoa đi công tác).")
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Lan, Hoa | -/2")
        XCTAssertEqual(facts.reasonsWithoutNames, ["đi công tác"])
    }
}
