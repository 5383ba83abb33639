@testable import BonTotKit
import XCTest

/// Attendance wordings still misread by `import minutes` after the last review (SPEC §8, §1
/// `attendance:`, `absent:`): each asserts the absent written, their reasons, the excused and
/// unexcused, and what the import warns of.
final class AbsentWordingsFollowUpTests: XCTestCase {
    private let lead = "Có mặt: 27/28 đồng chí; "
    private let source = "thang-10.docx"

    /// "vắng 01 đồng chí: Hùng, Trưởng thôn Đông (ốm)": the count makes the head Hùng's office, so
    /// the import asks for no head's name (following the warning counted him twice).
    func testAHeadReadAsTheNamesOfficeIsNotAskedFor() {
        let facts = AttendanceLineReading.facts(lead + "vắng 01 đồng chí: Hùng, Trưởng thôn Đông (ốm).")
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Hùng (ốm) | 1/0")
        XCTAssertEqual(facts.unsureAbsentNames, [])
        XCTAssertNil(AttendanceMessages.unnamedVillageHeads(facts, source: source))
        // Counted apart, the head is another of the absent, unnamed: still asked for.
        let apart = AttendanceLineReading.facts("Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Hùng, Trưởng thôn Đông (ốm).")
        XCTAssertEqual(apart.unsureAbsentNames, ["Đông"])
    }

    /// "Trưởng thôn Đông - Nguyễn Văn Nam (ốm)": the head is named after the dash; nothing is asked.
    func testAHeadNamedAfterADashIsNotAskedFor() {
        for words in ["vắng 01 đồng chí: Trưởng thôn Đông - Nguyễn Văn Nam (ốm).", "vắng: Trưởng thôn Đông - Nguyễn Văn Nam (ốm)."] {
            let facts = AttendanceLineReading.facts(lead + words)
            XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Nguyễn Văn Nam (ốm) | 1/0", words)
            XCTAssertEqual(facts.unsureAbsentNames, [], words)
            XCTAssertNil(AttendanceMessages.unnamedVillageHeads(facts, source: source), words)
        }
        // With a reason after the dash, the head is still unnamed.
        XCTAssertEqual(AttendanceLineReading.facts(lead + "vắng: Trưởng thôn Đông - ốm.").unsureAbsentNames, ["Đông"])
    }
}

extension AbsentWordingsFollowUpTests {
    /// "(đ/c Lan, đ/c Hùng đều ốm)": "đều" after the last name gives "ốm" to both, excused (it was
    /// kept as a reason with no name, both written unexcused with a warning).
    func testAllAfterTheLastTitledName() {
        assertAbsentWritten("vắng 02 đồng chí (đ/c Lan, đ/c Hùng đều ốm).", present: 26, attendance: "excused: 2, unexcused: 0 }",
                            absent: ["Lan, reason: ốm", "Hùng, reason: ốm"])
        assertAbsentWritten("vắng 02 đồng chí: đ/c Lan, đ/c Hùng đều ốm.", present: 26, attendance: "excused: 2, unexcused: 0 }",
                            absent: ["Lan, reason: ốm", "Hùng, reason: ốm"])
        // A name with its own reason keeps it.
        assertAbsentWritten("vắng 03 đồng chí: đ/c Lan (đi học), đ/c Hùng, đ/c Minh đều ốm.", present: 25,
                            attendance: "excused: 3, unexcused: 0 }", absent: ["Lan, reason: đi học", "Hùng, reason: ốm", "Minh, reason: ốm"])
        // Names joined by "và" share the reason as before.
        assertAbsentWritten("vắng 02 đồng chí (đ/c Tâm và đ/c Hiền đều đi làm ăn xa).", present: 26, attendance: "excused: 2, unexcused: 0 }",
                            absent: ["Tâm, reason: đi làm ăn xa", "Hiền, reason: đi làm ăn xa"])
    }
}

extension AbsentWordingsFollowUpTests {
    /// "vắng Lan, Hùng (ốm)", with no colon after "vắng", reads as with one: both named (nothing was
    /// read, the absent not counted).
    func testBareNamesWithNoColon() {
        for (words, colon) in [("vắng Lan, Hùng (ốm).", "vắng: Lan, Hùng (ốm)."), ("vắng Lan, Hùng (đều ốm).", "vắng: Lan, Hùng (đều ốm)."),
                               ("vắng Lan, Hùng (có lý do).", "vắng: Lan, Hùng (có lý do).")] {
            XCTAssertEqual(AttendanceLineReading.frontMatter("Có mặt: 26/28 đồng chí; " + words),
                           AttendanceLineReading.frontMatter("Có mặt: 26/28 đồng chí; " + colon), words)
        }
        assertAbsentWritten("vắng Lan, Hùng (ốm).", present: 26, attendance: "unexcused: 2 }   # lý do vắng (không ghi tên): ốm",
                            absent: ["Lan", "Hùng"], unsaid: 2)
        assertAbsentWritten("vắng Lan, Hùng (đều ốm).", present: 26, attendance: "excused: 2, unexcused: 0 }",
                            absent: ["Lan, reason: ốm", "Hùng, reason: ốm"])
        assertAbsentWritten("vắng Lan, Hùng (có lý do).", present: 26, attendance: "excused: 2, unexcused: 0 }", absent: ["Lan", "Hùng"])
    }
}

extension AbsentWordingsFollowUpTests {
    /// A village of two words with no word of a village in it, after its head ("Trưởng ấp Bình
    /// Minh", "Trưởng thôn Tân Lập"), is someone absent, unnamed, as "Trưởng ấp Chợ Mới" is: it was
    /// written as a member named "Bình Minh"; the head is asked for by name (`villages`), as a
    /// one-word village's is. A full name after the office is still the head.
    func testTwoWordVillagesAreNoMembers() {
        assertAbsentWritten("vắng 01 đồng chí: Trưởng ấp Bình Minh (ốm).", present: 27, attendance: "excused: 1, unexcused: 0 }   # lý do vắng (không ghi tên): ốm",
                            absent: [], villages: ["Bình Minh"])
        assertAbsentWritten("vắng: Trưởng thôn Tân Lập (ốm), đ/c Lan (đi học).", present: 26, attendance: "excused: 2, unexcused: 0 }   # lý do vắng (không ghi tên): ốm",
                            absent: ["Lan, reason: đi học"], villages: ["Tân Lập"])
        assertAbsentWritten("vắng 02 đồng chí: Trưởng ấp Bình Minh (ốm), Trưởng thôn Tân Lập (đi học).", present: 26,
                            attendance: "excused: 2, unexcused: 0 }   # lý do vắng (không ghi tên): ốm; đi học", absent: [],
                            villages: ["Bình Minh", "Tân Lập"])
        assertAbsentWritten("vắng 01 đồng chí: Trưởng ấp Nguyễn Văn Hùng (ốm).", present: 27, attendance: "excused: 1, unexcused: 0 }",
                            absent: ["Nguyễn Văn Hùng, reason: ốm"])
    }
}

extension AbsentWordingsFollowUpTests {
    /// "vang 02 dong chi: Lan, Nam": "Nam" ending the list is a name, not "nam" ("01 nam, 02 nữ"):
    /// both are written, their reasons unsaid (both were lost); typed with tone marks too.
    func testNamEndingTheList() {
        for words in ["vang 02 dong chi: Lan, Nam", "vắng 02 đồng chí: Lan, Nam.", "vắng 02 đồng chí: Nam, Lan."] {
            let names = words.hasSuffix("Nam, Lan.") ? ["Nam", "Lan"] : ["Lan", "Nam"]
            assertAbsentWritten(words, present: 26, attendance: "unexcused: 2 }", absent: names, unsaid: 2)
        }
        assertAbsentWritten("vắng 02 đồng chí: Lan và Nam (ốm).", present: 26, attendance: "excused: 2, unexcused: 0 }",
                            absent: ["Lan, reason: ốm", "Nam, reason: ốm"])
    }
}

extension AbsentWordingsFollowUpTests {
    /// "vắng 03 đồng chí (02 có lý do): Lan (ốm), Hùng (đi học), Minh": the names after the bracket
    /// counting them by reason are written, each with the reason the minutes give (none was), and
    /// the counts are the bracket's, with no warning: the minutes say Minh had none.
    func testNamesAfterABracketCountingThemByReason() {
        for words in ["vắng 03 đồng chí (02 có lý do): Lan (ốm), Hùng (đi học), Minh.",
                      "vắng 03 đồng chí (02 có lý do, 01 không lý do): đ/c Lan (ốm), đ/c Hùng (đi học), đ/c Minh."] {
            assertAbsentWritten(words, present: 25, attendance: "excused: 2, unexcused: 1 }",
                                absent: ["Lan, reason: ốm", "Hùng, reason: đi học", "Minh"])
        }
    }
}

extension AbsentWordingsFollowUpTests {
    /// "Trưởng thôn Đông và Trưởng thôn Nam (đều có lý do)": two heads with no name, both excused,
    /// and the editor asked for both names (Đông was left, both written unexcused with a warning).
    func testTwoHeadsJoinedByAnd() {
        assertAbsentWritten("vắng 02 đồng chí: Trưởng thôn Đông và Trưởng thôn Nam (đều có lý do).", present: 26,
                            attendance: "excused: 2, unexcused: 0 }", absent: [], villages: ["Đông", "Nam"])
        assertAbsentWritten("vắng 02 đồng chí: Trưởng thôn Đông và Phó thôn Nam (có lý do).", present: 26,
                            attendance: "excused: 2, unexcused: 0 }", absent: [], villages: ["Đông", "Nam"])
    }
}

extension AbsentWordingsFollowUpTests {
    /// One rule for a reason after the last of names with none: without "đều" ("all") it may be the
    /// last one's or all of theirs, so no name is given it, it is kept as a reason with no name and
    /// all are written unexcused with the warning; the count does not decide. With "đều", or the
    /// excused's label alone ("(có lý do)"), it is all of theirs. The same with or without a colon.
    func testAReasonAfterTheLastOfNames() {
        for words in ["vắng 02 đồng chí: Lan, Hùng (ốm).", "vắng: Lan, Hùng (ốm).", "vắng Lan, Hùng (ốm)."] {
            assertAbsentWritten(words, present: 26, attendance: "unexcused: 2 }   # lý do vắng (không ghi tên): ốm", absent: ["Lan", "Hùng"],
                                unsaid: 2)
        }
        for words in ["vắng 02 đồng chí: Lan, Hùng (đều ốm).", "vắng 02 đồng chí (đ/c Lan, đ/c Hùng đều ốm).", "vắng Lan, Hùng (đều ốm)."] {
            assertAbsentWritten(words, present: 26, attendance: "excused: 2, unexcused: 0 }", absent: ["Lan, reason: ốm", "Hùng, reason: ốm"])
        }
    }

    /// Provinces typed without tone marks after a name ("Lan (Hue)", "Lan - Lai Chau", "Lan (Ha
    /// Giang)") read as where she is, her reason, as with the marks: excused, nothing asked.
    func testTonelessProvincesAfterAName() {
        for (toneless, toned) in [("Lan (Hue)", "Lan (Huế)"), ("Lan - Lai Chau", "Lan - Lai Châu"), ("Lan (Ha Giang)", "Lan (Hà Giang)")] {
            let reason = toneless.split(separator: " ", maxSplits: 1)[1].trimmingCharacters(in: CharacterSet(charactersIn: "()- "))
            assertAbsentWritten("vang 01 dong chi: \(toneless).", present: 27, attendance: "excused: 1, unexcused: 0 }",
                                absent: ["Lan, reason: \(reason)"])
            let facts = AttendanceLineReading.facts(lead + "vang 01 dong chi: \(toneless).")
            XCTAssertEqual(facts.unsureAbsentNames, [], toneless)
            XCTAssertEqual(AttendanceLineReading.absent(lead + "vắng 01 đồng chí: \(toned)."),
                           AttendanceLineReading.absent(of: facts).replacingOccurrences(of: reason, with: toned.dropFirst(4)
                               .trimmingCharacters(in: CharacterSet(charactersIn: "()- "))), toned)
        }
    }
}
