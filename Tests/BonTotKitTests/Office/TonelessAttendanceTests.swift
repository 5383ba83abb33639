@testable import BonTotKit
import XCTest

/// Attendance typed without tone marks, on a machine with no Vietnamese input (SPEC §8): "vang
/// mat 02 dong chi: Lan (co ly do), Hung (khong ly do)", "co mat 15/17", "Truong thon Nam (om)"
/// read as their toned forms, the names kept as typed; a name that folds to a word of the
/// attendance ("Vang") stays a name.
final class TonelessAttendanceTests: XCTestCase {
    /// The absent, the present and the excused read as from the toned line (none was read).
    func testTheAbsentAndThePresent() {
        let line = "co mat 15/17; vang mat 02 dong chi: Lan (co ly do), Hung (khong ly do)"
        let facts = AttendanceLineReading.facts(line)
        XCTAssertEqual(AttendanceLineReading.absent(of: facts), "Lan (có lý do), Hung | 1/1")
        XCTAssertEqual(AttendanceLineReading.presentOfExpected(facts), "15/17")
        let written = AttendanceLineReading.frontMatter(line)
        XCTAssertTrue(written.contains("""
            attendance: { present: 15, expected: 17, excused: 1, unexcused: 1 }
            absent:
              - { name: Lan, reason: có lý do }
              - { name: Hung }

            """), written)
        assertReadings([
            "Co mat: 15/17 dong chi. Vang mat 02 dong chi: Lan (om), Hung (di cong tac).": "Lan (ốm), Hung (đi công tác) | 2/0",
            "co mat 16/17, vang 01 d/c: d/c Hung (khong ly do).": "Hung | 0/1",
            "co mat 15/17, vang 02 dong chi co ly do.": " | 2/0",
            "co mat 15/17; Vang mat: 02 d/c (Lan - om, Hung - di hoc).": "Lan (ốm), Hung (đi học) | 2/0",
            "Tong so dang vien: 17; co mat: 15; vang: 02 (co ly do: 01, khong ly do: 01).": " | 1/1",
            // Names with their marks among words without are kept as written.
            "co mat 16/17; vang: Nguyễn Thị Lan (om).": "Nguyễn Thị Lan (ốm) | 1/0",
        ])
    }

    /// "Truong thon Nam (om)": the head of the village Nam, unnamed, absent for "ốm", with the
    /// village told to the editor, as "Trưởng thôn Nam (ốm)" is.
    func testAnUnnamedVillageHead() {
        for line in ["Có mặt: 27/28 đồng chí; vang 01 dong chi: Truong thon Nam (om)", "co mat 16/17, vang: Truong thon Nam (om)"] {
            let facts = AttendanceLineReading.facts(line)
            XCTAssertEqual(AttendanceLineReading.absent(of: facts), " | 1/0", line)
            XCTAssertEqual(facts.reasonsWithoutNames, ["ốm"], line)
            XCTAssertEqual(facts.unsureAbsentNames, ["Nam"], line)
            XCTAssertNotNil(AttendanceMessages.unnamedVillageHeads(facts, source: "a.docx"), line)
        }
        // The warning quotes the clerk's words as typed.
        let told = AttendanceMessages.unnamedVillageHeads(AttendanceLineReading.facts("co mat 16/17, vang: Truong thon Nam (om)"), source: "a.docx")
        XCTAssertTrue(told?.contains("mà không ghi tên ('vang: Truong thon Nam (om)'): 'Nam' là tên thôn") == true, told ?? "")
    }

    /// A member named Vang stays a name, with or without marks around it; other lines keep their words.
    func testANameLikeAWordOfTheAttendance() {
        assertReadings([
            "co mat 15/17; vang 02 dong chi: Vang (om), Lan (di cong tac).": "Vang (ốm), Lan (đi công tác) | 2/0",
            "co mat 16/17; vang: d/c Vang (om).": "Vang (ốm) | 1/0",
            "Có mặt: 27/28 đồng chí; vắng 01 đồng chí: đ/c Vang (ốm).": "Vang (ốm) | 1/0",
        ])
        XCTAssertEqual(TonelessWords.toned("Doan Van Vang, Bi thu chi bo"), "Doan Van Vang, Bí thư chi bo")
        XCTAssertEqual(TonelessWords.toned("Co do sao vang om lay to quoc"), "Co do sao vang om lay to quoc")
        XCTAssertEqual(TonelessWords.toned("Đồng chí Lan đi học"), "Đồng chí Lan đi học")
    }
}
