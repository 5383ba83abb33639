@testable import BonTotKit
import XCTest

/// The attendance lines a before/after review of the absent's grammar found read worse than
/// before (SPEC §1 `attendance:`, `absent:`): "(không lý do)" taken as an excused reason, a second
/// sentence "Vắng không lý do: 01" dropped, the names after "(có lý do):" or ", cụ thể:" lost,
/// names after "đ/c" kept as a reason, and "vắng 02 đồng chí có lý do; 01 … không lý do" taken
/// as two absent in all.
final class AbsentReviewTests: XCTestCase {
    private let opening = ["BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", "Thời gian: 19 giờ 30, ngày 08/10/2026"]


    /// The names, with their reasons, then excused/unexcused.
    private func absent(_ lines: String...) -> String {
        AttendanceLineReading.absent(of: facts(lines))
    }

    private func facts(_ lines: [String]) -> MinutesFacts {
        let attendance = lines.first?.lowercased().contains("có mặt") == true ? lines : ["Có mặt: 26/28 đồng chí"] + lines
        return MinutesFacts(lines: opening + attendance, resolutionItems: [])
    }

    /// The front matter the import writes of the minutes with `lines` as their attendance.
    private func frontMatter(_ lines: String...) -> String {
        MinutesFrontMatterWriter(facts: facts(lines), branch: "ap-1", kind: .thuongKy,
                                 date: CalendarDate(year: 2026, month: 10, day: 8)!).text
    }

    /// A1: "(không lý do)" after a name is no reason: that one is unexcused.
    func testNoReasonAfterANameIsUnexcused() {
        XCTAssertEqual(absent("Vắng: 02 đồng chí: đồng chí Nguyễn Văn An (ốm), đồng chí Hoàng Văn Năm (không lý do)."),
                       "Nguyễn Văn An (ốm), Hoàng Văn Năm | 1/1")
        XCTAssertNil(facts(["Vắng: 02 đồng chí: đồng chí Nguyễn Văn An (ốm), đồng chí Hoàng Văn Năm (không lý do)."]).attendanceMismatch)
        XCTAssertEqual(absent("Có mặt: 25/28 đồng chí", "Vắng: 03 đồng chí, gồm: đồng chí Nguyễn Văn An (ốm), đồng chí Trần Thị Bình "
                              + "(đi công tác), đồng chí Hoàng Văn Năm (không lý do)."),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác), Hoàng Văn Năm | 2/1")
        assertReadings([
            "Vắng: 02 đồng chí: đồng chí Nguyễn Văn An (ốm), đồng chí Hoàng Văn Năm (không có lý do).":
                "Nguyễn Văn An (ốm), Hoàng Văn Năm | 1/1",
            "Vắng: 02 đồng chí: đồng chí Nguyễn Văn An – ốm, đồng chí Hoàng Văn Năm – vắng không lý do.":
                "Nguyễn Văn An (ốm), Hoàng Văn Năm | 1/1",
            "Vắng 02 đồng chí (đồng chí Nguyễn Văn An – ốm, đồng chí Hoàng Văn Năm – không lý do).":
                "Nguyễn Văn An (ốm), Hoàng Văn Năm | 1/1",
            "Vắng 02 đồng chí (có lý do: đồng chí Nguyễn Văn An – ốm, đồng chí Hoàng Văn Năm – không lý do).":
                "Nguyễn Văn An (ốm), Hoàng Văn Năm | 1/1",
        ], by: { absent($0) })
    }

    /// A2: a sentence starting "Vắng" after the first goes on counting the absent.
    func testASecondSentenceOfTheAbsentGoesOnCounting() {
        XCTAssertEqual(absent("Có mặt: 25/28 đồng chí", "Vắng có lý do: 02 đồng chí. Vắng không lý do: 01 đồng chí."), " | 2/1")
        XCTAssertEqual(facts(["Có mặt: 25/28 đồng chí", "Vắng có lý do: 02 đồng chí. Vắng không lý do: 01 đồng chí."]).reasonsWithoutNames, [],
                       "'. Vắng' is no reason")
        XCTAssertEqual(absent("Có mặt: 25/28 đồng chí", "Vắng có lý do: 02 đồng chí: đồng chí Nguyễn Văn An – ốm, đồng chí Trần Thị Bình – "
                              + "đi công tác. Vắng không lý do: 01 đồng chí: đồng chí Hoàng Văn Năm."),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác), Hoàng Văn Năm | 2/1")
        XCTAssertEqual(absent("Có mặt 25/28 đồng chí. Vắng có lý do 02 đồng chí. Vắng không lý do 01 đồng chí."), " | 2/1")
        XCTAssertEqual(absent("Có mặt 25/28 đồng chí. Vắng có lý do 02 đồng chí (đồng chí Nguyễn Văn An – ốm, đồng chí Trần Thị Bình – "
                              + "đi công tác). Vắng không lý do 01 đồng chí (đồng chí Hoàng Văn Năm)."),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác), Hoàng Văn Năm | 2/1")
        XCTAssertEqual(absent("Có mặt 25/28 đồng chí. Vắng có lý do 02 đồng chí (đồng chí Nguyễn Văn An – ốm, đồng chí Trần Thị Bình – "
                              + "đi công tác). Vắng mặt không lý do 01 đồng chí (đồng chí Hoàng Văn Năm)."),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác), Hoàng Văn Năm | 2/1")
        XCTAssertEqual(absent("Có mặt 25/28 đồng chí. Vắng không lý do 01 đồng chí (đồng chí Hoàng Văn Năm). Vắng có lý do 02 đồng chí "
                              + "(đồng chí Nguyễn Văn An – ốm, đồng chí Trần Thị Bình – đi công tác)."),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác), Hoàng Văn Năm | 2/1")
        let line = "Có mặt: 25/28 đồng chí; vắng 03 đồng chí. Vắng có lý do: 02; vắng không lý do: 01."
        XCTAssertEqual(absent(line), " | 2/1")
        XCTAssertNil(facts([line]).attendanceMismatch)
    }

    /// A3: the names after "(có lý do):", "có lý do, đó là:", ", cụ thể:" and the like.
    func testTheNamesAfterTheirIntroductionAreRead() {
        let both = "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/0"
        let names = "đồng chí Nguyễn Văn An – ốm, đồng chí Trần Thị Bình – đi công tác."
        for lead in ["Vắng: 02 đồng chí (có lý do): ", "Vắng: 02 đồng chí (có lý do) gồm: ", "Vắng: 02 đồng chí có lý do, đó là: ",
                     "Vắng: 02 đồng chí, trong đó: ", "Vắng: 02 đồng chí, cụ thể: ", "Vắng: 02 đồng chí (có lý do), cụ thể: ",
                     "Vắng: 02 đồng chí, gồm các đồng chí: "] {
            XCTAssertEqual(absent(lead + names), both, lead)
        }
    }

    /// A4: "đ/c" as the title of the names; "vắng 02 đồng chí có lý do: …; 01 đồng chí không lý do: …" is three absent.
    func testNamesAfterDCAndACountOfTheExcusedFirst() {
        XCTAssertEqual(absent("Vắng 02 đồng chí có lý do: đ/c Nguyễn Văn An (ốm), đ/c Trần Thị Bình (đi công tác)"),
                       "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác) | 2/0")
        XCTAssertFalse(frontMatter("vắng 02 đồng chí có lý do: đ/c Nguyễn Văn An (ốm), đ/c Trần Thị Bình (đi công tác)")
                        .contains("không ghi tên"))
        XCTAssertEqual(absent("vắng 02 đồng chí có lý do: đ/c Lâm (ốm), đ/c Bình (đi công tác)"), "Lâm (ốm), Bình (đi công tác) | 2/0")
        XCTAssertFalse(frontMatter("vắng 02 đồng chí có lý do: đ/c Lâm (ốm), đ/c Bình (đi công tác)").contains("không ghi tên"))
        let line = "Đảng viên có mặt: 25/28 đồng chí, vắng 02 đồng chí có lý do: đ/c Nguyễn Văn An (ốm), đ/c Trần Thị Bình (đi công tác); "
            + "01 đồng chí không lý do: đ/c Hoàng Văn Năm."
        XCTAssertEqual(absent(line), "Nguyễn Văn An (ốm), Trần Thị Bình (đi công tác), Hoàng Văn Năm | 2/1")
        XCTAssertFalse(frontMatter(line).contains("số vắng theo biên bản"), frontMatter(line))
        XCTAssertNil(facts([line]).attendanceMismatch)
    }
}
