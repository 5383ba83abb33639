@testable import BonTotKit
import XCTest

/// Attendance wordings the last review found misread by `import minutes` (SPEC §8, §1
/// `attendance:`, `absent:`): each asserted on the front matter written (names, reasons, excused,
/// counts) and on the warnings the import gives, where it cannot tell.
final class AttendanceReviewWordingsTests: XCTestCase {
    private let source = "thang-10.docx"

    /// "vắng 02 đồng chí: đ/c Lan, Hùng, Trưởng thôn Đông (ốm)": the title before Lan is the list's,
    /// and Hùng is one of the absent (he was lost); the count says whether the head is Hùng's
    /// office or another of the absent, unnamed; the editor is asked about the village either way.
    /// "(ốm)" goes with the head as in "đ/c Lan, Trưởng thôn Đông (ốm)": Hùng's when the office is
    /// his (it was left with no name), the unnamed head's when he is another.
    func testABareNameAfterATitledOne() {
        assertWritten("vắng 02 đồng chí: đ/c Lan, Hùng, Trưởng thôn Đông (ốm)", present: 26,
                      attendance: "excused: 1, unexcused: 1 }", absent: ["Hùng, reason: ốm", "Lan"], unsaid: 1, villages: ["Đông"])
        assertWritten("vắng 02 đồng chí: đ/c Lan, đ/c Hùng, Trưởng thôn Đông (ốm)", present: 26,
                      attendance: "excused: 1, unexcused: 1 }", absent: ["Hùng, reason: ốm", "Lan"], unsaid: 1)
        // "(đều ốm)" is all of theirs, and "đ/c Lan, Hùng (ốm)", with no office, may be: no one is given it.
        assertWritten("vắng 02 đồng chí: đ/c Lan, Hùng, Trưởng thôn Đông (đều ốm)", present: 26,
                      attendance: "excused: 2, unexcused: 0 }", absent: ["Lan, reason: ốm", "Hùng, reason: ốm"], villages: ["Đông"])
        assertWritten("vắng 02 đồng chí: đ/c Lan, Hùng (ốm)", present: 26,
                      attendance: "unexcused: 2 }   # lý do vắng (không ghi tên): ốm", absent: ["Lan", "Hùng"], unsaid: 2)
        assertWritten("vắng 03 đồng chí: đ/c Lan, Hùng, Trưởng thôn Đông (ốm)", present: 25,
                      attendance: "excused: 1, unexcused: 2 }   # lý do vắng (không ghi tên): ốm", absent: ["Lan", "Hùng"], unsaid: 2,
                      villages: ["Đông"])
        assertWritten("vắng 02 đồng chí: đ/c Lan, Hùng", present: 26, attendance: "unexcused: 2 }", absent: ["Lan", "Hùng"], unsaid: 2)
    }

    /// "vắng: Trưởng thôn Đông - ốm, đ/c Lan - đi học": the head, unnamed, absent for "ốm", and Lan
    /// for "đi học", both excused (no one was counted).
    func testAHeadWithADashedReasonBeforeAName() {
        assertWritten("vắng: Trưởng thôn Đông - ốm, đ/c Lan - đi học", present: 26,
                      attendance: "excused: 2, unexcused: 0 }   # lý do vắng (không ghi tên): ốm", absent: ["Lan, reason: đi học"],
                      villages: ["Đông"])
    }

    /// "vắng: Trưởng thôn Đông, đ/c Lan (đi học)": Lan, with a reason, is excused; whether the head
    /// had one is unsaid: written unexcused, and the import asks (both were written unexcused).
    /// So for a named member with no reason among others with one.
    func testAnAbsentWithNoReasonBesideOneWithAReason() {
        assertWritten("vắng: Trưởng thôn Đông, đ/c Lan (đi học)", present: 26, attendance: "excused: 1, unexcused: 1 }",
                      absent: ["Lan, reason: đi học"], unsaid: 1, villages: ["Đông"])
        assertWritten("Vắng: Nguyễn Thị Lan (ốm), Trần Văn Hùng.", present: 26, attendance: "excused: 1, unexcused: 1 }",
                      absent: ["Nguyễn Thị Lan, reason: ốm", "Trần Văn Hùng"], unsaid: 1)
    }

    /// "vắng: Trưởng thôn Đông, đ/c Lan, Trưởng thôn Nam (ốm)": two heads with no name and Lan, three
    /// absent (the second head was read as Lan's office), the head of Nam excused for "ốm".
    func testTwoHeadsWithANameBetween() {
        assertWritten("vắng: Trưởng thôn Đông, đ/c Lan, Trưởng thôn Nam (ốm)", present: 25,
                      attendance: "excused: 1, unexcused: 2 }   # lý do vắng (không ghi tên): ốm", absent: ["Lan"], unsaid: 2,
                      villages: ["Đông", "Nam"])
    }

    /// "vắng 02 đồng chí: đ/c Lan, Trưởng thôn Đông (ốm)": two absent, so the head is the second,
    /// unnamed, not Lan's office (Lan was read absent for "ốm", one named of two); with one
    /// counted, the office stays Lan's. The editor is asked for the head's name (he was not).
    func testTheCountSaysTheHeadIsAnother() {
        assertWritten("vắng 02 đồng chí: đ/c Lan, Trưởng thôn Đông (ốm)", present: 26,
                      attendance: "excused: 1, unexcused: 1 }   # lý do vắng (không ghi tên): ốm", absent: ["Lan"], unsaid: 1,
                      villages: ["Đông"])
        assertWritten("vắng 01 đồng chí: đ/c Lan, Trưởng thôn Đông (ốm)", present: 27, attendance: "excused: 1, unexcused: 0 }",
                      absent: ["Lan, reason: ốm"])
    }

    /// "vang: Nguyen Van Lan (om)": a surname typed without marks opens a full name too (no one
    /// was named).
    func testTonelessSurnames() {
        assertWritten("vang: Nguyen Van Lan (om)", present: 27, attendance: "excused: 1, unexcused: 0 }",
                      absent: ["Nguyen Van Lan, reason: ốm"])
    }

    /// "vang 01 dong chi (Ha Noi)", "vang: Lan - Da Nang": a place typed without marks is a place
    /// as with them, no full name its first word as a surname opens ("Ha Noi" was written absent,
    /// and "Da Nang" besides Lan); "vang: Ha Dong" is unsure, as "Hà Đông" is. Given names stay
    /// names ("Huyen Trang", "Thanh Hoa", "Cao Van Bang").
    func testTonelessPlaces() {
        for place in ["Ha Noi", "Cao Bang", "Da Nang", "Ho Chi Minh", "Tai Ha Noi", "Thanh pho Da Nang"] {
            assertWritten("vang 01 dong chi (\(place))", present: 27, attendance: "unexcused: 1 }", absent: [], unsaid: 1)
        }
        assertWritten("vang: Lan - Da Nang", present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["Lan, reason: Da Nang"])
        for words in ["vang: Lan (di Ha Noi)", "vang: Lan (di Ho Chi Minh)", "vang: Lan (o Cao Bang)"] {
            assertWritten(words, present: 27, attendance: "excused: 1, unexcused: 0 }",
                          absent: ["Lan, reason: " + words.dropFirst("vang: Lan (".count).dropLast()])
        }
        assertWritten("vang: Lan di cong tac Ha Noi", present: 27, attendance: "excused: 1, unexcused: 0 }",
                      absent: ["Lan, reason: đi công tác Ha Noi"])
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vang: Ha Dong").unsureAbsentNames, ["Ha Dong"])
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vang: Lan (di Ha Dong)").unsureAbsentNames, [])
        for name in ["Huyen Trang", "Phuong Anh", "Thanh Hoa", "Cao Van Bang", "Ho Van Minh"] {
            assertWritten("vang: \(name) (om)", present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["\(name), reason: ốm"])
        }
    }

    /// "vang Vang (om)", "vang 1 dc: Hung (om)", "vang 01 dong chi: Trong (om)": "vang" before a
    /// name, "dc" after a figure, and "Trong" a name (each was lost).
    func testTonelessNamesAfterTheCount() {
        for words in ["vang Vang (om)", "vang 1 dc: Hung (om)", "vang 01 dong chi: Trong (om)"] {
            let name = words.split(separator: " ").dropLast().last.map(String.init) ?? ""
            assertWritten(words, present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["\(name), reason: ốm"])
        }
    }

    /// "Lan, lý do ốm; Hùng, không lý do; Minh, lý do đi học": Hùng's label is his own, and Minh,
    /// after it, is absent for "đi học" (he was lost, his reason left with no name).
    func testAnOwnLabelAfterTheCommaAmongStatedReasons() {
        assertWritten("vắng: Lan, lý do ốm; Hùng, không lý do; Minh, lý do đi học", present: 25,
                      attendance: "excused: 2, unexcused: 1 }", absent: ["Lan, reason: ốm", "Minh, reason: đi học", "Hùng"])
    }

    /// "vang 01 dong chi: Nam (om)", "vắng: Nam - ốm, Lan - đi học": a capitalised "Nam" before a
    /// bracket, a dash or a comma where names are is a name (Nam was lost); "nam" in lower case is
    /// still the men counted ("vắng 02 đồng chí (01 nam, 01 nữ)" names no one).
    func testNamAsAName() {
        for words in ["vang 01 dong chi: Nam (om)", "vắng 01 đồng chí: Nam (ốm)", "vang 01 dong chi: Nam - om"] {
            assertWritten(words, present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["Nam, reason: ốm"])
        }
        assertWritten("vắng: Nam - ốm, Lan - đi học", present: 26, attendance: "excused: 2, unexcused: 0 }",
                      absent: ["Nam, reason: ốm", "Lan, reason: đi học"])
        assertWritten("vắng 02 đồng chí: Nam, Lan (ốm)", present: 26, attendance: "unexcused: 2 }   # lý do vắng (không ghi tên): ốm",
                      absent: ["Nam", "Lan"], unsaid: 2)
        for words in ["vắng 02 đồng chí (01 nam, 01 nữ)", "vang 02 dong chi (01 nam, 01 nu)"] {
            assertWritten(words, present: 26, attendance: "unexcused: 2 }", absent: [], unsaid: 2)
        }
        assertWritten("vắng: Lan (đi công tác miền Nam)", present: 27, attendance: "excused: 1, unexcused: 0 }",
                      absent: ["Lan, reason: đi công tác miền Nam"])
    }

    /// "trong đó: có lý do 01 (Lan), không lý do 01 (Hùng)": the names in the bracket after each
    /// label's figure are the counted (Lan was written a reason, Hùng lost).
    func testNamesInTheBracketAfterALabelsFigure() {
        assertWritten("vắng 02 đồng chí, trong đó: có lý do 01 (Lan), không lý do 01 (Hùng)", present: 26,
                      attendance: "excused: 1, unexcused: 1 }", absent: ["Lan", "Hùng"])
    }

    /// "vang: Lan (OM)": a reason typed in capitals without marks is read as in lower case.
    func testACapitalisedTonelessReason() {
        assertWritten("vang: Lan (OM)", present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["Lan, reason: ốm"])
        assertWritten("vang: Lan (DI HOC)", present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["Lan, reason: đi học"])
    }

    /// Asserts the front matter written for `words` after "Có mặt: `present`/28 đồng chí; ": its
    /// attendance line ending as `attendance`, its `absent:` entries, the reasons-unsaid warning
    /// (with its unexcused count) and the villages of heads with no name told to the editor.
    private func assertWritten(_ words: String, present: Int, attendance: String, absent: [String], unsaid: Int? = nil,
                               villages: [String] = [], line: UInt = #line) {
        let text = "Có mặt: \(present)/28 đồng chí; " + words
        let front = AttendanceLineReading.frontMatter(text)
        let facts = AttendanceLineReading.facts(text)
        XCTAssertTrue(front.contains("attendance: { present: \(present), expected: 28, " + attendance + "\n"), front, line: line)
        let written = absent.isEmpty ? "" : "absent:\n" + absent.map { "  - { name: \($0) }\n" }.joined()
        XCTAssertTrue(front.contains("\n" + written + "# resolutions:"), front, line: line)
        if absent.isEmpty { XCTAssertFalse(front.contains("\nabsent:"), front, line: line) }
        let warning = AttendanceMessages.reasonsUnsaid(facts, source: source)
        if let unsaid {
            XCTAssertTrue(warning?.contains("đã ghi là vắng không lý do (unexcused: \(unsaid))") == true, warning ?? "no warning", line: line)
        } else {
            XCTAssertNil(warning, line: line)
        }
        let heads = AttendanceMessages.unnamedVillageHeads(facts, source: source)
        if villages.isEmpty {
            XCTAssertNil(heads, line: line)
        } else {
            XCTAssertTrue(heads?.contains(villages.map { "'\($0)'" }.joined(separator: ", ") + " là tên thôn") == true, heads ?? "no warning",
                          line: line)
        }
    }
}
