@testable import BonTotKit
import XCTest

/// Lists of the absent as clerks write them that `import minutes` read wrong (SPEC §1
/// `attendance:`, `absent:`), each read as the clerk means it; where the words leave it unsaid,
/// the count is kept and the names left out rather than guessed.
final class AbsentNamesAsWrittenTests: XCTestCase {
    private let lead = "Có mặt: 25/28 đồng chí; "

    /// "vắng 03 đồng chí: Lan - Hoa - Minh (đi công tác)": names parted by dashes are one list, and
    /// the reason after it all of theirs (no one was named, or Lan with "Hoa - Minh" for her reason);
    /// "Lan - ốm, Hoa - đi học" stay names each with its reason.
    func testNamesPartedByDashes() {
        assertReadings([
            "vắng 03 đồng chí: Lan - Hoa - Minh (đi công tác).": "Lan (đi công tác), Hoa (đi công tác), Minh (đi công tác) | 3/0",
            "vắng 03 đồng chí: Lan – Hoa – Minh (đi công tác).": "Lan (đi công tác), Hoa (đi công tác), Minh (đi công tác) | 3/0",
            "vắng 03 đồng chí (Lan - Hoa - Minh - đi công tác).": "Lan (đi công tác), Hoa (đi công tác), Minh (đi công tác) | 3/0",
            "vắng 03 đồng chí: Lan - Hoa - Minh.": "Lan, Hoa, Minh | -/3",
            "vắng 02 đồng chí: Lan - ốm, Hoa - đi học.": "Lan (ốm), Hoa (đi học) | 2/0",
            // No more names than counted: after one name's dash, a place of the counted one.
            "vắng 01 đồng chí (Lan - Huế).": "Lan (Huế) | 1/0",
            "vắng 01 đồng chí: Lan - Bình Dương.": "Lan (Bình Dương) | 1/0",
        ], after: lead)
    }

    /// "Vắng: Lan - Huế", with no count: the dash parts two names, as in "Lan - Hoa - Minh", unless
    /// words naming a reason follow it ("Lan - ốm"); where the list's dashes bring reasons ("Lan -
    /// Huế, Minh - ốm"), a place that is a given name too is where the one before it is, and in
    /// "Lan - Hoa, Minh - ốm" the reason is Minh's alone (it was no one's).
    func testADashAfterANameWithNoCount() {
        assertReadings([
            "Vắng: Lan - ốm.": "Lan (ốm) | 1/0",
            "Vắng: Lan - Huế.": "Lan, Huế | -/2",
            "Vắng: Lan – Huế.": "Lan, Huế | -/2",
            "Vắng: Lan - Huế (việc riêng).": "Lan (việc riêng), Huế (việc riêng) | 2/0",
            "Vắng: Lan - Hoa - Minh (đi công tác).": "Lan (đi công tác), Hoa (đi công tác), Minh (đi công tác) | 3/0",
            "Vắng: Lan - Huế - Minh - đi công tác.": "Lan (đi công tác), Huế (đi công tác), Minh (đi công tác) | 3/0",
            "Vắng: Lan - Huế, Minh - ốm.": "Lan (Huế), Minh (ốm) | 2/0",
            "Vắng: Lan - ốm; Minh - Huế.": "Lan (ốm), Minh (Huế) | 2/0",
            "Vắng: Lan - ốm, Minh - Bình Dương.": "Lan (ốm), Minh (Bình Dương) | 2/0",
            // A name that is no place stays a name.
            "Vắng: Lan - ốm, Minh - Hoa.": "Lan (ốm), Minh, Hoa | 1/2",
            // A reason after a dash is the name's before it where dashes join names too: Lan and Hoa have none said.
            "Vắng: Lan - Hoa, Minh - ốm.": "Minh (ốm), Lan, Hoa | 1/2",
            "Vắng: Lan - Hoa; Minh - ốm.": "Minh (ốm), Lan, Hoa | 1/2",
            "vắng 03 đồng chí: Lan - Hoa, Minh - ốm.": "Minh (ốm), Lan, Hoa | 1/2",
        ], after: lead)
    }

    /// "Vắng: Nguyễn Thị Lan (ốm), Trần Văn Hùng": full names with no count and no "đồng chí" named
    /// no one; a surname and one to three capitalised words are a name (not "Hà Nội", "Cao Bằng",
    /// "Đoàn Thanh Niên"), with its reason as a given name's, and the names give the count; where
    /// a count is written, no more names are read than it counts.
    func testFullNamesWithNoCount() {
        assertReadings([
            "Vắng: Nguyễn Thị Lan.": "Nguyễn Thị Lan | -/1",
            "Vắng: Nguyễn Thị Lan - Huế.": "Nguyễn Thị Lan (Huế) | 1/0",
            "Vắng: Nguyễn Thị Lan (ốm), Trần Văn Hùng.": "Nguyễn Thị Lan (ốm), Trần Văn Hùng | 1/1",
            "Vắng mặt: Nguyễn Thị Lan, Trần Văn Hùng (có lý do)": "Nguyễn Thị Lan, Trần Văn Hùng | 2/0",
            "Đảng viên vắng: Nguyễn Thị Lan - đi học; Trần Văn Hùng - không lý do": "Nguyễn Thị Lan (đi học), Trần Văn Hùng | 1/1",
            "Vắng không lý do: Trần Văn Hùng": "Trần Văn Hùng | -/1",
            "Vắng: Nguyễn Thị Lan - ốm, Trần Văn Hùng - đi học.": "Nguyễn Thị Lan (ốm), Trần Văn Hùng (đi học) | 2/0",
            "Vắng: Nguyễn Thị Lan và Trần Văn Hùng (đi công tác).": "Nguyễn Thị Lan (đi công tác), Trần Văn Hùng (đi công tác) | 2/0",
            "Vắng: Nguyễn Thị Lan đi công tác.": "Nguyễn Thị Lan (đi công tác) | 1/0",
            // A reason in lower case that names a place after keeps the name (Lan was lost, one absent counted).
            "Vắng: Nguyễn Văn Hùng đi làm ăn xa, Trần Thị Lan đang điều trị tại Bệnh viện Bạch Mai.":
                "Nguyễn Văn Hùng (đi làm ăn xa), Trần Thị Lan (đang điều trị tại Bệnh viện Bạch Mai) | 2/0",
            "Vắng: Lê Hoa (ốm).": "Lê Hoa (ốm) | 1/0",
            // A given name alone among full names is a name too (it was lost, the absent counted one).
            "Vắng: Nguyễn Thị Lan, Hoa.": "Nguyễn Thị Lan, Hoa | -/2",
            // Places and an organisation that open with a surname name no one.
            "Vắng: Hà Nội.": " | -/-",
            "Vắng: Cao Bằng.": " | -/-",
            "Vắng: Đoàn Thanh Niên.": " | -/-",
            "Vắng: Đoàn Khối.": " | -/-",
            "Vắng: Lan, Đoàn Khối.": " | -/-",
            // No more names than counted: which were absent is unsaid.
            "vắng 01 đồng chí: Nguyễn Thị Lan, Trần Văn Hùng.": " | -/1",
            "vắng 01 đồng chí: đ/c Lan, đ/c Hùng.": " | -/1",
            "vắng 02 đồng chí: Nguyễn Thị Lan, Trần Văn Hùng.": "Nguyễn Thị Lan, Trần Văn Hùng | -/2",
        ], after: lead)
        // The excused's label after titled names is all of theirs too.
        assertReadings(["Vắng: đ/c Lan, đ/c Hùng (có lý do).": "Lan, Hùng | 2/0"], after: lead)
    }

    /// "vắng 02 đồng chí: Lan, Hoa – đều là đảng viên dự bị": what "đều" says of bare names that is
    /// no reason leaves both named, without a reason (both were lost: "đảng viên" read as a count).
    func testWhoTheNamesAreAfterADash() {
        assertReadings([
            "vắng 02 đồng chí: Lan, Hoa – đều là đảng viên dự bị.": "Lan, Hoa | -/2",
            "vắng 02 đồng chí: Lan, Hoa (đều là đảng viên dự bị).": "Lan, Hoa | -/2",
            "vắng 02 đồng chí: Lan, Hoa – cả hai đều là đảng viên dự bị.": "Lan, Hoa | -/2",
            "vắng 02 đồng chí: đồng chí Nguyễn Thị Lan, đồng chí Trần Thị Hoa – đều là đảng viên dự bị.": "Nguyễn Thị Lan, Trần Thị Hoa | -/2",
            // A reason after "đều" stays all of theirs.
            "vắng 02 đồng chí: Lan, Hoa – đều đi công tác.": "Lan (đi công tác), Hoa (đi công tác) | 2/0",
        ], after: lead)
    }

    /// "vắng 02 đồng chí Lan, Hoa, cả hai đều ốm": the reason after "cả hai đều" ("both") is each
    /// name's (both were written unexcused, the reason lost).
    func testBothAfterTheNamesAndAComma() {
        assertReadings([
            "vắng 02 đồng chí Lan, Hoa, cả hai đều ốm.": "Lan (ốm), Hoa (ốm) | 2/0",
            "vắng 02 đồng chí: Lan, Hoa, cả hai đều ốm.": "Lan (ốm), Hoa (ốm) | 2/0",
            "vắng 02 đồng chí: Lan, Hoa, cả 02 đều đi công tác.": "Lan (đi công tác), Hoa (đi công tác) | 2/0",
            "vắng 02 đồng chí: Lan, Hoa, đều đi học.": "Lan (đi học), Hoa (đi học) | 2/0",
            "vắng 03 đồng chí: Lan, Hoa, Minh, cả ba đều đi làm ca.": "Lan (đi làm ca), Hoa (đi làm ca), Minh (đi làm ca) | 3/0",
            // What they all are is no reason; a reason label stays all of theirs.
            "vắng 02 đồng chí: Lan, Hoa, cả hai đều là chi ủy viên.": "Lan, Hoa | -/2",
            "vắng 02 đồng chí: Lan, Hoa, cả hai đều có lý do.": "Lan, Hoa | 2/0",
        ], after: lead)
    }

    /// "vắng 02 đồng chí: Lan, Hoa (đều có lý do)": both are excused, and no reason is said (each
    /// was written with "có lý do" as the reason).
    func testBothExcusedWithNoReasonSaid() {
        assertReadings([
            "vắng 02 đồng chí: Lan, Hoa (đều có lý do).": "Lan, Hoa | 2/0",
            "vắng 02 đồng chí Lan, Hoa (đều có lý do).": "Lan, Hoa | 2/0",
            "vắng 02 đồng chí: Lan, Hoa – đều có lý do.": "Lan, Hoa | 2/0",
            "vắng 02 đồng chí: Lan, Hoa (cả hai đều có lý do).": "Lan, Hoa | 2/0",
            "vắng 02 đồng chí: đồng chí Nguyễn Thị Lan, đồng chí Trần Thị Hoa (đều có lý do).": "Nguyễn Thị Lan, Trần Thị Hoa | 2/0",
            // A reason said after it stays each one's; "không lý do" leaves both unexcused.
            "vắng 02 đồng chí: Lan, Hoa (đều có lý do đi công tác).": "Lan (đi công tác), Hoa (đi công tác) | 2/0",
            "vắng 02 đồng chí: Lan, Hoa (đều không lý do).": "Lan, Hoa | 0/2",
        ], after: lead)
        let facts = AttendanceLineReading.facts(lead + "vắng 02 đồng chí: Lan, Hoa (đều có lý do).")
        XCTAssertEqual(facts.reasonsWithoutNames, [])
        XCTAssertFalse(AttendanceLineReading.frontMatter(lead + "vắng 02 đồng chí: Lan, Hoa (đều có lý do).").contains("lý do"))
    }

    /// "vắng có lý do: Lan; vắng không lý do: Hoa": a label's names end at the semicolon before the
    /// next label, Lan excused and Hoa not; so they do in brackets (the names were lost, "Lan, Hoa"
    /// written as a reason without a name) and after the absent's count (which the first label took
    /// as its own: 2 excused of 3 absent).
    func testALabelsNamesEndAtASemicolon() {
        assertReadings([
            "vắng có lý do: Lan; vắng không lý do: Hoa.": "Lan, Hoa | 1/1",
            "vắng có lý do: Lan (ốm); vắng không lý do: Hoa.": "Lan (ốm), Hoa | 1/1",
            "vắng có lý do: Lan, Minh; vắng không lý do: Hoa.": "Lan, Minh, Hoa | 2/1",
            "vắng 02 đồng chí (có lý do: Lan; không lý do: Hoa).": "Lan, Hoa | 1/1",
            "vắng 02 đồng chí (có lý do: Lan, Hoa).": "Lan, Hoa | 2/0",
            "vắng 01 đồng chí (không lý do: Hoa).": "Hoa | 0/1",
            "vắng 02 đồng chí, có lý do: Lan; không lý do: Hoa.": "Lan, Hoa | 1/1",
            "vắng 02 đồng chí có lý do: Lan; không lý do: Hoa.": "Lan, Hoa | 1/1",
            "vắng 02 đồng chí: có lý do: đồng chí Lan; không lý do: đồng chí Hoa.": "Lan, Hoa | 1/1",
        ], after: lead)
        let facts = AttendanceLineReading.facts(lead + "vắng 02 đồng chí, có lý do: Lan; không lý do: Hoa.")
        XCTAssertEqual(facts.absentCount, 2)
        XCTAssertEqual(AttendanceLineReading.facts(lead + "vắng 02 đồng chí (có lý do: Lan, Hoa).").reasonsWithoutNames, [])
    }

    /// "(Thôn trưởng Hùng)", "đồng chí Bí thư Đoàn Minh": an office before a name is no part of it,
    /// and the absent is Hùng, Minh (no one was named, the office taken for a place or a name).
    func testAnOfficeBeforeTheName() {
        assertReadings([
            "vắng 01 đồng chí (Thôn trưởng Hùng).": "Hùng | -/1",
            "vắng 01 đồng chí Bí thư Đoàn Minh.": "Minh | -/1",
            "vắng 01 đồng chí: đồng chí Bí thư Đoàn Minh (đi học).": "Minh (đi học) | 1/0",
            // Đoàn, a surname, before a whole name: the office is "Bí thư".
            "vắng 01 đồng chí: đồng chí Bí thư Đoàn Văn Minh (ốm).": "Đoàn Văn Minh (ốm) | 1/0",
            "vắng 02 đồng chí: Thôn trưởng Hùng - ốm, Chi hội trưởng Lan - đi học.": "Hùng (ốm), Lan (đi học) | 2/0",
            "vắng 02 đồng chí: đồng chí Trưởng thôn Nguyễn Văn Hùng (ốm), đ/c Chủ tịch Hội Nông dân Lê Thị Lan (đi học).":
                "Nguyễn Văn Hùng (ốm), Lê Thị Lan (đi học) | 2/0",
        ], after: lead)
        // An office with no name after it names no one, and one inside a reason stays its words.
        XCTAssertTrue(AttendanceLineReading.absent(lead + "vắng 01 đồng chí (Bí thư chi bộ).").hasPrefix(" |"))
        XCTAssertEqual(AttendanceLineReading.facts(lead + "vắng 01 đồng chí (đi họp cùng Chủ tịch Hội Nông dân Tỉnh).").reasonsWithoutNames,
                       ["đi họp cùng Chủ tịch Hội Nông dân Tỉnh"])
        XCTAssertEqual(AttendanceLineReading.absent(lead + "vắng 02 đồng chí: Lan và Thôn trưởng Hùng (đi công tác)."),
                       "Lan (đi công tác), Hùng (đi công tác) | 2/0")
        XCTAssertEqual(OfficeTitles.withoutTitles("Bí thư chi bộ vắng (đi công tác)"), "Bí thư chi bộ vắng (đi công tác)")
    }

    /// "Nguyễn Văn Hùng - Bí thư Chi đoàn (ốm)": an office after a name, after a dash, a comma or
    /// alone in brackets, is what the member is, no reason (the reason was read "Bí thư Chi đoàn
    /// (ốm", and "Nguyễn Văn Hùng - Trưởng thôn" absent with a reason, "Trưởng thôn", so excused).
    func testAnOfficeAfterTheName() {
        assertReadings([
            "Vắng: Nguyễn Văn Hùng - Bí thư Chi đoàn (ốm).": "Nguyễn Văn Hùng (ốm) | 1/0",
            "Vắng: Nguyễn Văn Hùng – Bí thư Chi đoàn - ốm.": "Nguyễn Văn Hùng (ốm) | 1/0",
            "Vắng: Nguyễn Văn Hùng, Bí thư Chi đoàn (ốm).": "Nguyễn Văn Hùng (ốm) | 1/0",
            "Vắng: Nguyễn Văn Hùng (Bí thư Chi đoàn) - ốm.": "Nguyễn Văn Hùng (ốm) | 1/0",
            "Vắng: Nguyễn Văn Hùng - Phó Bí thư chi bộ, đi học.": "Nguyễn Văn Hùng (đi học) | 1/0",
            "Vắng: Đồng chí Nguyễn Văn Hùng - Phó Bí thư (đi học).": "Nguyễn Văn Hùng (đi học) | 1/0",
            "Vắng: Nguyễn Văn Hùng - Bí thư Chi đoàn (ốm), Trần Thị Lan - Chi hội trưởng Phụ nữ (đi học).":
                "Nguyễn Văn Hùng (ốm), Trần Thị Lan (đi học) | 2/0",
            "Vắng: đồng chí Hùng - Trưởng thôn (ốm), đồng chí Lan - Chi hội trưởng (đi học).": "Hùng (ốm), Lan (đi học) | 2/0",
            // An office alone is no reason: the absent is not excused by it.
            "Vắng: Nguyễn Văn Hùng - Trưởng thôn.": "Nguyễn Văn Hùng | -/1",
            "Vắng: Nguyễn Văn Hùng (Chi ủy viên).": "Nguyễn Văn Hùng | -/1",
        ], after: lead)
        // A bracket in the words after a dash is kept with them ("Hà Nội (đi học" was read, the bracket left open).
        assertReadings([
            "Vắng: Nguyễn Văn Hùng - Hà Nội (đi học).": "Nguyễn Văn Hùng (Hà Nội (đi học)) | 1/0",
            "Vắng: Nguyễn Văn Hùng - đi công tác (Hà Nội), Trần Thị Lan - ốm.": "Nguyễn Văn Hùng (đi công tác (Hà Nội)), Trần Thị Lan (ốm) | 2/0",
        ], after: lead)
        // An office after words that name no one stays ("vắng 01 đồng chí (Bí thư chi bộ)": no one named).
        XCTAssertEqual(OfficeTitles.withoutTitles("vắng 01 đồng chí (Bí thư chi bộ)"), "vắng 01 đồng chí (Bí thư chi bộ)")
        XCTAssertEqual(OfficeTitles.withoutTitles("vắng 01 đồng chí (đi họp cùng Bí thư chi bộ)"), "vắng 01 đồng chí (đi họp cùng Bí thư chi bộ)")
    }

    /// "Nguyễn Văn Hùng - Bí thư Chi đoàn Thôn Đông (ốm)": the village or group an office after a
    /// name is held in is the office's too, no reason (the reason was read "Thôn Đông (ốm)").
    func testTheVillageOfAnOfficeAfterTheName() {
        assertReadings([
            "Vắng: Nguyễn Văn Hùng - Bí thư Chi đoàn Thôn Đông (ốm).": "Nguyễn Văn Hùng (ốm) | 1/0",
            "Vắng: Nguyễn Văn Hùng - Bí thư Chi đoàn Thôn Đông, đi công tác.": "Nguyễn Văn Hùng (đi công tác) | 1/0",
            "Vắng: Nguyễn Văn Hùng (Bí thư Chi đoàn Thôn Đông) - ốm.": "Nguyễn Văn Hùng (ốm) | 1/0",
            "Vắng: Trần Thị Lan - Tổ trưởng Tổ 3 (đi học).": "Trần Thị Lan (đi học) | 1/0",
            "Vắng: Trần Thị Lan - Tổ trưởng tổ dân phố số 5, ốm.": "Trần Thị Lan (ốm) | 1/0",
            "vắng 02 đồng chí: Nguyễn Văn Hùng - Bí thư Chi đoàn Thôn Đông (ốm), Trần Thị Lan - Chi hội trưởng Phụ nữ (đi học).":
                "Nguyễn Văn Hùng (ốm), Trần Thị Lan (đi học) | 2/0",
            // The head of a village after a name and a dash: the words after the office name the village.
            "Vắng: Nguyễn Văn Hùng - Trưởng thôn Đông Hòa (đi công tác).": "Nguyễn Văn Hùng (đi công tác) | 1/0",
            "Vắng: đồng chí Hùng - Trưởng ấp Tân Lập, đi học.": "Hùng (đi học) | 1/0",
            // A single given name after the head of a village and no word of a village is the head's name.
            "vắng 02 đồng chí: Lan - Trưởng thôn Hùng.": "Lan, Hùng | -/2",
        ], after: lead)
        XCTAssertEqual(AttendanceLineReading.absent("Có mặt: 27/28 đồng chí; vắng 01 đồng chí: Nguyễn Văn Hùng - Bí thư Chi đoàn Thôn Đông (ốm)."),
                       "Nguyễn Văn Hùng (ốm) | 1/0")
        // A name after an office stays the name ("Trưởng thôn Hùng" is Hùng).
        XCTAssertEqual(OfficeTitles.withoutTitles("vắng 02 đồng chí: Lan, Trưởng thôn Hùng (ốm)"), "vắng 02 đồng chí: Lan, Hùng (ốm)")
        XCTAssertEqual(OfficeTitles.withoutTitles("vắng 02 đồng chí: Lan - Trưởng ấp Hùng, Mai - Trưởng thôn Đông Hòa"),
                       "vắng 02 đồng chí: Lan - Hùng, Mai")
    }

    /// "vắng: Bình Dương (ốm)": a province that is a given name too names the absent where the
    /// words leave no doubt, with a reason or among other names (the name was taken for a place and
    /// lost); a place stays a place where the words say so ("đi công tác Bình Dương"), and alone in
    /// brackets it is left unsaid, the count kept.
    func testAProvinceThatIsAGivenNameToo() {
        // Provinces hardly ever given names stay places: no one is named An Giang or Kiên Giang.
        XCTAssertFalse(AttendanceLineReading.absent(lead + "vắng 01 đồng chí (An Giang - đi công tác).").contains("An Giang ("))
        XCTAssertFalse(AttendanceLineReading.absent(lead + "vắng 02 đồng chí: Lan, Kiên Giang.").contains("Kiên Giang"))
        assertReadings([
            "vắng: Bình Dương (ốm).": "Bình Dương (ốm) | 1/0",
            "vắng 01 đồng chí: Bình Dương (ốm).": "Bình Dương (ốm) | 1/0",
            "vắng 01 đồng chí (Bình Dương - ốm).": "Bình Dương (ốm) | 1/0",
            "vắng 01 đồng chí (Thái Nguyên - đi học).": "Thái Nguyên (đi học) | 1/0",
            "vắng 02 đồng chí: Phú Thọ (ốm), Lan (đi học).": "Phú Thọ (ốm), Lan (đi học) | 2/0",
            "vắng 02 đồng chí: Lan, Bình Dương.": "Lan, Bình Dương | -/2",
            "vắng 02 đồng chí: Nguyễn Văn An, Bình Định.": "Nguyễn Văn An, Bình Định | -/2",
            "vắng 01 đồng chí: Lan (đi công tác Bình Dương).": "Lan (đi công tác Bình Dương) | 1/0",
            "vắng 01 đồng chí (Bình Dương).": " | -/1",
            "vắng 01 đồng chí (đi công tác Bình Dương).": " | 1/0",
            "vắng: Lan (ốm), Hùng (đi học).": "Lan (ốm), Hùng (đi học) | 2/0",
        ], after: lead)
    }

    /// "Có mặt: 26/28 đồng chí, vắng 02 đồng chí" over "Vắng có lý do: Lan; vắng không lý do: Hoa":
    /// the labels on the line below give the counted their reasons and names (both were lost, and
    /// the two written unexcused, the reasons unsaid).
    func testTheLabelsOnTheLineBelowTheCount() {
        func absent(_ lines: String...) -> String {
            AttendanceLineReading.absent(of: MinutesFacts(lines: ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026",
                                                                  "Thời gian: 19 giờ 30, ngày 08/10/2026"] + lines, resolutionItems: []))
        }
        XCTAssertEqual(absent("Có mặt: 26/28 đồng chí, vắng 02 đồng chí.", "Vắng có lý do: Lan; vắng không lý do: Hoa."), "Lan, Hoa | 1/1")
        XCTAssertEqual(absent("Có mặt: 26/28 đồng chí, vắng 02 đồng chí.", "- Có lý do: Lan (ốm);", "- Không lý do: Hoa."),
                       "Lan (ốm), Hoa | 1/1")
        // A line below about something else gives them nothing.
        XCTAssertEqual(absent("Có mặt: 26/28 đồng chí, vắng 02 đồng chí.", "Chi bộ có lý do để biểu dương đồng chí Lan."), " | -/2")
    }
}
