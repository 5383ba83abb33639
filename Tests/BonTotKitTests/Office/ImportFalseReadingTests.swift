@testable import BonTotKit
import XCTest

/// Sentences of Word minutes `import minutes` must not read as what they are not: a count of
/// others than the members as the present (SPEC §1 `attendance:`).
final class ImportFalseReadingTests: XCTestCase {
    private let opening = ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026"]

    /// "Có mặt 02 đồng chí cán bộ Hội Nông dân xã dự và phát biểu" in the body, where the
    /// attendance line gives no present: no count of the present (it was written present: 2 of 28).
    func testOthersPresentInTheBodyAreNoAttendance() {
        for body in ["Có mặt 02 đồng chí cán bộ Hội Nông dân xã dự và phát biểu.", "Có mặt hai đồng chí cán bộ Hội Nông dân xã.",
                     "Có mặt ba đồng chí khách mời của Đảng ủy xã.", "Có mặt: 02 đại biểu Mặt trận xã."] {
            let facts = MinutesFacts(lines: opening + ["Tổng số đảng viên: 28; vắng 02 đồng chí có lý do.", "II. NỘI DUNG", body],
                                     resolutionItems: [])
            XCTAssertNil(facts.present, body)
        }
        // The members present stay read, whatever the line says of the guests after them.
        let facts = MinutesFacts(lines: opening + ["Tổng số đảng viên: 28; có mặt 26 đồng chí, khách mời: 02 đồng chí; vắng 02 đồng chí có lý do."],
                                 resolutionItems: [])
        XCTAssertEqual(AttendanceLineReading.presentOfExpected(facts), "26/28")
        XCTAssertEqual(AttendanceLineReading.presentOfExpected(AttendanceLineReading.facts("Có mặt: 26 đồng chí đảng viên; vắng 02.")), "26/28")
    }

    /// "vắng 01 đồng chí (Thi)", "(Lan, Trực)": a given name that is a reason's one word too names
    /// the absent (it was read as the reason and the absent written excused, or both names lost).
    func testGivenNamesLikeAReason() {
        assertReadings([
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Thi).": "Thi | -/1",
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Trực).": "Trực | -/1",
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí (Lan, Học).": "Lan, Học | -/2",
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Lan - ốm, Thi - đi học.": "Lan (ốm), Thi (đi học) | 2/0",
            // "Hiếu", a common given name, is a reason's word too ("việc hiếu", a funeral): the bracket named no
            // one, and a list holding it lost every name.
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Hiếu).": "Hiếu | -/1",
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Hiếu - ốm, Lan - đi học.": "Hiếu (ốm), Lan (đi học) | 2/0",
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Lan, Hiếu (đều đi công tác).": "Lan (đi công tác), Hiếu (đi công tác) | 2/0",
            // Reasons stay reasons.
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Đi thi).": " | 1/0",
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí (việc hiếu).": " | 1/0",
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí (trực).": " | 1/0",
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Học lớp trung cấp).": " | 1/0",
        ])
    }

    /// "vắng 01 đồng chí (Đi Hà Nội)", "(Đi Huế)", "(Đang Điều Trị)": words a verb opens name no
    /// one (they were written as the absent's name); read as the same words in lower case.
    func testWordsAVerbOpensNameNoOne() {
        for (capitalised, lower) in [("Đi Hà Nội", "đi Hà Nội"), ("Đi Huế", "đi Huế"), ("Đang Điều Trị", "đang điều trị"), ("Về Quê", "về quê")] {
            let read = AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (\(capitalised)).")
            XCTAssertTrue(read.hasPrefix(" |"), read)
            XCTAssertEqual(read, AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (\(lower))."), capitalised)
        }
        // Names stay names.
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Đinh Văn Đạt)."), "Đinh Văn Đạt | -/1")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 26/28 đồng chí; vắng 02 đồng chí (Lan, Hùng)."), "Lan, Hùng | -/2")
    }

    /// "vắng 01 đồng chí (Hà Nội)", "(Tại Hà Nội)", "(Bình Dương)", "(Thành phố Đà Nẵng)": where the
    /// absent is names no one (the place was written as the absent's name); a name stays a name,
    /// and a place after a name is its reason.
    func testAPlaceInBracketsNamesNoOne() {
        for place in ["Hà Nội", "Tại Hà Nội", "Bình Dương", "Thành phố Đà Nẵng", "Trung Quốc", "Nước ngoài", "Huyện Củ Chi"] {
            let read = AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (\(place)).")
            XCTAssertTrue(read.hasPrefix(" |"), read)
        }
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Hà Văn Nam)."), "Hà Văn Nam | -/1")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Huế)."), "Huế | -/1")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Lan - Hà Nội)."), "Lan (Hà Nội) | 1/0")
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Lan (Hà Nội), Hoa (ốm)."),
                       "Lan (Hà Nội), Hoa (ốm) | 2/0")
    }

    /// Given names that a province is called too, "Khánh Hòa", "Hải Dương", "Hòa Bình", "Vĩnh Long",
    /// "Long An", "Vĩnh Phúc", are the absent's names, alone, with a reason or in a list: the
    /// bracket named no one, and a list holding one lost every name in it.
    func testAGivenNameAProvinceIsCalledStaysAName() {
        for name in ["Khánh Hòa", "Khánh Hoà", "Hải Dương", "Hòa Bình", "Vĩnh Long", "Long An", "Vĩnh Phúc"] {
            XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (\(name))."), "\(name) | -/1")
        }
        assertReadings([
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Hải Dương - ốm).": "Hải Dương (ốm) | 1/0",
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Hải Dương (ốm), Khánh Hòa (đi học).": "Hải Dương (ốm), Khánh Hòa (đi học) | 2/0",
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Lan, Hòa Bình.": "Lan, Hòa Bình | -/2",
        ])
    }

    /// Districts, towns and streets that open with a surname read as a full name ("Hà Đông", "Cao
    /// Lãnh", "Lê Lợi"): alone after "vắng" they are no member (the place was written the absent's
    /// name), and the import is told (`unsureAbsentNames`); after the words of a place or a journey
    /// they are where the absent is, also after a comma ("đi công tác Hà Đông, Cao Lãnh": Cao Lãnh
    /// was a member), and after a dash ("Hùng - Cao Lãnh"); with a reason or among names, a name.
    func testAPlaceThatReadsAsAFullName() {
        assertReadings([
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí: Hà Đông.": " | -/1",
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí (Cao Lãnh).": " | -/1",
            "Có mặt: 27/28 đồng chí; Vắng: Lê Lợi.": " | -/-",
            "Có mặt: 27/28 đồng chí; Vắng: Hùng - Cao Lãnh.": "Hùng (Cao Lãnh) | 1/0",
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Hùng - đi công tác Hà Đông, Cao Lãnh; Lan - ốm.":
                "Hùng (đi công tác Hà Đông, Cao Lãnh), Lan (ốm) | 2/0",
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí (đi công tác Hà Đông, Cao Lãnh).": " | 1/0",
            "Có mặt: 26/28 đồng chí; Vắng: Lan - Hà Đông, Minh - ốm.": "Lan (Hà Đông), Minh (ốm) | 2/0",
            // Names stay names.
            "Có mặt: 27/28 đồng chí; Vắng: Hà Đông (ốm).": "Hà Đông (ốm) | 1/0",
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Lan, Hà Đông.": "Lan, Hà Đông | -/2",
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí: đồng chí Hà Đông.": "Hà Đông | -/1",
            "Có mặt: 27/28 đồng chí; Vắng: Hà Văn Đông.": "Hà Văn Đông | -/1",
        ])
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vắng 01 đồng chí: Hà Đông.").unsureAbsentNames, ["Hà Đông"])
        for told in ["Có mặt: 27/28 đồng chí; vắng 01 đồng chí (đi công tác Cao Lãnh).", "Có mặt: 27/28 đồng chí; Vắng mặt tại Hà Đông.",
                     "Có mặt: 27/28 đồng chí; vắng 01 đồng chí (đường Lê Lợi).", "Có mặt: 27/28 đồng chí; Vắng: Hà Đông (ốm).",
                     "Có mặt: 27/28 đồng chí; Vắng: Hùng - Cao Lãnh."] {
            XCTAssertEqual(AttendanceLineReading.facts(told).unsureAbsentNames, [], told)
        }
    }

    /// A place that reads as a full name ending the list, where the count says one more is absent
    /// than named before it, is that one ('Hoàng Mai' is a district and a woman's name): it was
    /// taken for where the one before was, and the count was one name short.
    func testTheCountMakesAPlaceEndingTheListTheLastName() {
        assertReadings([
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Lan - Hoàng Mai.": "Lan, Hoàng Mai | -/2",
            "Có mặt: 26/28 đồng chí; vắng 02 đồng chí: Hùng - đi công tác Hà Đông, Hoàng Mai.": "Hùng (đi công tác Hà Đông), Hoàng Mai | 1/1",
            // One absent, or more names after it: where the one before is.
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí: Hùng - Hoàng Mai.": "Hùng (Hoàng Mai) | 1/0",
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí: Hùng - đi công tác Hà Đông, Cao Lãnh.": "Hùng (đi công tác Hà Đông, Cao Lãnh) | 1/0",
        ])
    }

    /// "vắng 01 đồng chí đi công tác", "vắng 02 đồng chí đi công tác Hà Đông, Cao Lãnh": a reason in
    /// lower case right after the count, with no mark, and the places after it, make the absent
    /// excused (they were written unexcused, the reason lost); words naming none leave it unsaid.
    func testAReasonRightAfterTheCount() {
        assertReadings([
            "vắng 01 đồng chí đi công tác.": " | 1/0",
            "vắng 02 đồng chí đi công tác Hà Đông, Cao Lãnh.": " | 2/0",
            "vắng: 01 đồng chí đi học tại Hà Đông.": " | 1/0",
            "vắng 02 đồng chí đi công tác, ốm.": " | 2/0",
            // After the count's comma.
            "vắng 01 đồng chí, đi công tác.": " | 1/0",
            "vắng 02 đồng chí, do đó phải họp lại.": " | -/2",
            "vắng 01 đồng chí lần thứ hai liên tiếp.": " | -/1",
            "vắng 03 đồng chí là đảng viên dự bị.": " | -/3",
        ], after: "Có mặt: 26/28 đồng chí; ")
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 26/28 đồng chí; vắng 02 đồng chí đi công tác Hà Đông, Cao Lãnh.").reasonsWithoutNames,
                       ["đi công tác Hà Đông, Cao Lãnh"])
    }

    /// "vắng 01 đồng chí (đi Cao Lãnh)", "(về Cao Lãnh)", "(đang ở Hà Đông)": where the absent went
    /// is a reason, though it has no reason's word (it was lost and the absent written unexcused).
    func testWhereTheAbsentWentIsAReason() {
        assertReadings([
            "vắng 01 đồng chí (đi Cao Lãnh).": " | 1/0",
            "vắng 01 đồng chí (về Cao Lãnh).": " | 1/0",
            "vắng 01 đồng chí (đang ở Hà Đông).": " | 1/0",
            "vắng 01 đồng chí (Đi Hà Nội).": " | 1/0",
            "vắng 01 đồng chí (vắng mặt tại Hà Đông).": " | 1/0",
            "vắng 01 đồng chí (vắng mặt).": " | -/1",
            // A name stays a name.
            "vắng 01 đồng chí (Lan).": "Lan | -/1",
        ], after: "Có mặt: 27/28 đồng chí; ")
        XCTAssertEqual(AttendanceLineReading.facts("Có mặt: 27/28 đồng chí; vắng 01 đồng chí (đi Cao Lãnh).").reasonsWithoutNames, ["đi Cao Lãnh"])
    }
}
