@testable import BonTotKit
import XCTest

/// Attendance wordings the last review found misread by `import minutes` (SPEC §8, §1
/// `attendance:`, `absent:`): each asserted on the front matter written (names, reasons, excused,
/// counts) and on the warnings the import gives, where it cannot tell.
final class AttendanceReviewWordingsTests: XCTestCase {
    /// "vắng 02 đồng chí: đ/c Lan, Hùng, Trưởng thôn Đông (ốm)": the title before Lan is the list's,
    /// and Hùng is one of the absent (he was lost); the count says whether the head is Hùng's
    /// office or another of the absent, unnamed; the editor is asked for the head's name only then
    /// (asked when the office was Hùng's, he would have been counted twice).
    /// "(ốm)" goes with the head as in "đ/c Lan, Trưởng thôn Đông (ốm)": Hùng's when the office is
    /// his (it was left with no name), the unnamed head's when he is another.
    func testABareNameAfterATitledOne() {
        assertAbsentWritten("vắng 02 đồng chí: đ/c Lan, Hùng, Trưởng thôn Đông (ốm)", present: 26,
                      attendance: "excused: 1, unexcused: 1 }", absent: ["Hùng, reason: ốm", "Lan"], unsaid: 1)
        assertAbsentWritten("vắng 02 đồng chí: đ/c Lan, đ/c Hùng, Trưởng thôn Đông (ốm)", present: 26,
                      attendance: "excused: 1, unexcused: 1 }", absent: ["Hùng, reason: ốm", "Lan"], unsaid: 1)
        // "(đều ốm)" is all of theirs, and "đ/c Lan, Hùng (ốm)", with no office, may be: no one is given it.
        assertAbsentWritten("vắng 02 đồng chí: đ/c Lan, Hùng, Trưởng thôn Đông (đều ốm)", present: 26,
                      attendance: "excused: 2, unexcused: 0 }", absent: ["Lan, reason: ốm", "Hùng, reason: ốm"])
        assertAbsentWritten("vắng 02 đồng chí: đ/c Lan, Hùng (ốm)", present: 26,
                      attendance: "unexcused: 2 }   # lý do vắng (không ghi tên): ốm", absent: ["Lan", "Hùng"], unsaid: 2)
        assertAbsentWritten("vắng 03 đồng chí: đ/c Lan, Hùng, Trưởng thôn Đông (ốm)", present: 25,
                      attendance: "excused: 1, unexcused: 2 }   # lý do vắng (không ghi tên): ốm", absent: ["Lan", "Hùng"], unsaid: 2,
                      villages: ["Đông"])
        assertAbsentWritten("vắng 02 đồng chí: đ/c Lan, Hùng", present: 26, attendance: "unexcused: 2 }", absent: ["Lan", "Hùng"], unsaid: 2)
    }

    /// "vắng: Trưởng thôn Đông - ốm, đ/c Lan - đi học": the head, unnamed, absent for "ốm", and Lan
    /// for "đi học", both excused (no one was counted).
    func testAHeadWithADashedReasonBeforeAName() {
        assertAbsentWritten("vắng: Trưởng thôn Đông - ốm, đ/c Lan - đi học", present: 26,
                      attendance: "excused: 2, unexcused: 0 }   # lý do vắng (không ghi tên): ốm", absent: ["Lan, reason: đi học"],
                      villages: ["Đông"])
    }

    /// "vắng: Trưởng thôn Đông, đ/c Lan (đi học)": Lan, with a reason, is excused; whether the head
    /// had one is unsaid: written unexcused, and the import asks (both were written unexcused).
    /// So for a named member with no reason among others with one.
    func testAnAbsentWithNoReasonBesideOneWithAReason() {
        assertAbsentWritten("vắng: Trưởng thôn Đông, đ/c Lan (đi học)", present: 26, attendance: "excused: 1, unexcused: 1 }",
                      absent: ["Lan, reason: đi học"], unsaid: 1, villages: ["Đông"])
        assertAbsentWritten("Vắng: Nguyễn Thị Lan (ốm), Trần Văn Hùng.", present: 26, attendance: "excused: 1, unexcused: 1 }",
                      absent: ["Nguyễn Thị Lan, reason: ốm", "Trần Văn Hùng"], unsaid: 1)
    }

    /// "vắng: Trưởng thôn Đông, đ/c Lan, Trưởng thôn Nam (ốm)": two heads with no name and Lan, three
    /// absent (the second head was read as Lan's office), the head of Nam excused for "ốm".
    func testTwoHeadsWithANameBetween() {
        assertAbsentWritten("vắng: Trưởng thôn Đông, đ/c Lan, Trưởng thôn Nam (ốm)", present: 25,
                      attendance: "excused: 1, unexcused: 2 }   # lý do vắng (không ghi tên): ốm", absent: ["Lan"], unsaid: 2,
                      villages: ["Đông", "Nam"])
    }

    /// "vắng 02 đồng chí: đ/c Lan, Trưởng thôn Đông (ốm)": two absent, so the head is the second,
    /// unnamed, not Lan's office (Lan was read absent for "ốm", one named of two); with one
    /// counted, the office stays Lan's. The editor is asked for the head's name (he was not).
    func testTheCountSaysTheHeadIsAnother() {
        assertAbsentWritten("vắng 02 đồng chí: đ/c Lan, Trưởng thôn Đông (ốm)", present: 26,
                      attendance: "excused: 1, unexcused: 1 }   # lý do vắng (không ghi tên): ốm", absent: ["Lan"], unsaid: 1,
                      villages: ["Đông"])
        assertAbsentWritten("vắng 01 đồng chí: đ/c Lan, Trưởng thôn Đông (ốm)", present: 27, attendance: "excused: 1, unexcused: 0 }",
                      absent: ["Lan, reason: ốm"])
    }

    /// "vang: Nguyen Van Lan (om)": a surname typed without marks opens a full name too (no one
    /// was named).
    func testTonelessSurnames() {
        assertAbsentWritten("vang: Nguyen Van Lan (om)", present: 27, attendance: "excused: 1, unexcused: 0 }",
                      absent: ["Nguyen Van Lan, reason: ốm"])
    }

    /// "vang 01 dong chi (Ha Noi)", "vang: Lan - Da Nang": a place typed without marks is a place
    /// as with them, no full name its first word as a surname opens ("Ha Noi" was written absent,
    /// and "Da Nang" besides Lan); "vang: Ha Dong" is unsure, as "Hà Đông" is. Given names stay
    /// names ("Huyen Trang", "Thanh Hoa", "Cao Van Bang").
    func testTonelessPlaces() {
        for place in ["Ha Noi", "Cao Bang", "Da Nang", "Ho Chi Minh", "Tai Ha Noi", "Thanh pho Da Nang"] {
            assertAbsentWritten("vang 01 dong chi (\(place))", present: 27, attendance: "unexcused: 1 }", absent: [], unsaid: 1)
        }
        assertAbsentWritten("vang: Lan - Da Nang", present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["Lan, reason: Da Nang"])
        for words in ["vang: Lan (di Ha Noi)", "vang: Lan (di Ho Chi Minh)", "vang: Lan (o Cao Bang)"] {
            assertAbsentWritten(words, present: 27, attendance: "excused: 1, unexcused: 0 }",
                          absent: ["Lan, reason: " + words.dropFirst("vang: Lan (".count).dropLast()])
        }
        assertAbsentWritten("vang: Lan di cong tac Ha Noi", present: 27, attendance: "excused: 1, unexcused: 0 }",
                      absent: ["Lan, reason: đi công tác Ha Noi"])
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vang: Ha Dong").unsureAbsentNames, ["Ha Dong"])
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vang: Lan (di Ha Dong)").unsureAbsentNames, [])
        for name in ["Huyen Trang", "Phuong Anh", "Thanh Hoa", "Cao Van Bang", "Ho Van Minh"] {
            assertAbsentWritten("vang: \(name) (om)", present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["\(name), reason: ốm"])
        }
    }

    /// "vang Vang (om)", "vang 1 dc: Hung (om)", "vang 01 dong chi: Trong (om)": "vang" before a
    /// name, "dc" after a figure, and "Trong" a name (each was lost).
    func testTonelessNamesAfterTheCount() {
        for words in ["vang Vang (om)", "vang 1 dc: Hung (om)", "vang 01 dong chi: Trong (om)"] {
            let name = words.split(separator: " ").dropLast().last.map(String.init) ?? ""
            assertAbsentWritten(words, present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["\(name), reason: ốm"])
        }
    }

    /// "Lan, lý do ốm; Hùng, không lý do; Minh, lý do đi học": Hùng's label is his own, and Minh,
    /// after it, is absent for "đi học" (he was lost, his reason left with no name).
    func testAnOwnLabelAfterTheCommaAmongStatedReasons() {
        assertAbsentWritten("vắng: Lan, lý do ốm; Hùng, không lý do; Minh, lý do đi học", present: 25,
                      attendance: "excused: 2, unexcused: 1 }", absent: ["Lan, reason: ốm", "Minh, reason: đi học", "Hùng"])
    }

    /// "vang 01 dong chi: Nam (om)", "vắng: Nam - ốm, Lan - đi học": a capitalised "Nam" before a
    /// bracket, a dash or a comma where names are is a name (Nam was lost); "nam" in lower case is
    /// still the men counted ("vắng 02 đồng chí (01 nam, 01 nữ)" names no one).
    func testNamAsAName() {
        for words in ["vang 01 dong chi: Nam (om)", "vắng 01 đồng chí: Nam (ốm)", "vang 01 dong chi: Nam - om"] {
            assertAbsentWritten(words, present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["Nam, reason: ốm"])
        }
        assertAbsentWritten("vắng: Nam - ốm, Lan - đi học", present: 26, attendance: "excused: 2, unexcused: 0 }",
                      absent: ["Nam, reason: ốm", "Lan, reason: đi học"])
        assertAbsentWritten("vắng 02 đồng chí: Nam, Lan (ốm)", present: 26, attendance: "unexcused: 2 }   # lý do vắng (không ghi tên): ốm",
                      absent: ["Nam", "Lan"], unsaid: 2)
        for words in ["vắng 02 đồng chí (01 nam, 01 nữ)", "vang 02 dong chi (01 nam, 01 nu)"] {
            assertAbsentWritten(words, present: 26, attendance: "unexcused: 2 }", absent: [], unsaid: 2)
        }
        assertAbsentWritten("vắng: Lan (đi công tác miền Nam)", present: 27, attendance: "excused: 1, unexcused: 0 }",
                      absent: ["Lan, reason: đi công tác miền Nam"])
    }

    /// "trong đó: có lý do 01 (Lan), không lý do 01 (Hùng)": the names in the bracket after each
    /// label's figure are the counted (Lan was written a reason, Hùng lost).
    func testNamesInTheBracketAfterALabelsFigure() {
        assertAbsentWritten("vắng 02 đồng chí, trong đó: có lý do 01 (Lan), không lý do 01 (Hùng)", present: 26,
                      attendance: "excused: 1, unexcused: 1 }", absent: ["Lan", "Hùng"])
    }

    /// "vang: Lan (OM)": a reason typed in capitals without marks is read as in lower case.
    func testACapitalisedTonelessReason() {
        assertAbsentWritten("vang: Lan (OM)", present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["Lan, reason: ốm"])
        assertAbsentWritten("vang: Lan (DI HOC)", present: 27, attendance: "excused: 1, unexcused: 0 }", absent: ["Lan, reason: đi học"])
    }
}
